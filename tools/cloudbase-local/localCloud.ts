import { startCloudbaseEndpoint, type CloudbaseEndpoint, type EndpointOptions } from './endpoint';
import { localWechat, type SentSubscribeMessage } from './localWechat';
import { FunctionRunner, type FunctionOutput } from './runner';

export interface LocalCloudOptions extends EndpointOptions {
  /** The built bundles: `<dir>/<fn>/index.js`. */
  bundlesDir: string;
  functions: readonly string[];
  /** The context CloudBase gives a call nobody made from the app (a WeChat push, the timer). */
  platformContext: (fn: string) => unknown;
  /** Extra function variables (beside the endpoint's). */
  env?: Record<string, string>;
  settableClock?: boolean;
  functionOutput?: FunctionOutput;
}

/** The deployed bundles running against the local endpoint, with WeChat played locally. */
export interface LocalCloud {
  endpoint: CloudbaseEndpoint;
  runner: FunctionRunner;
  /** The subscribe messages the functions asked WeChat to send. */
  sent: SentSubscribeMessage[];
  close(): Promise<void>;
}

/**
 * Starts the endpoint, then one warm instance per bundle pointed at it; WeChat's pushes (image
 * verdicts) go to their function as WeChat would deliver them.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  let runner: FunctionRunner | null = null;
  const failedPushes: unknown[] = [];
  const wechat = localWechat((fn, event) => {
    runner?.call(fn, event, options.platformContext(fn)).catch((error: unknown) => failedPushes.push(error));
  });
  const endpoint = await startCloudbaseEndpoint({ ...options, openApis: { ...wechat.openApis, ...options.openApis } });
  runner = await FunctionRunner.start({
    bundlesDir: options.bundlesDir,
    functions: options.functions,
    env: { ...endpoint.env, ...options.env },
    settableClock: options.settableClock,
    output: options.functionOutput,
  });
  const running = runner;
  return {
    endpoint,
    runner: running,
    sent: wechat.sent,
    close: async () => {
      await running.close();
      await endpoint.close();
    },
  };
}
