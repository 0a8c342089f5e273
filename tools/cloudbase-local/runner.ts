import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type FunctionOutput = 'inherit' | 'ignore' | 'errors';

/** A function's answer as the runner got it: what `main` returned, or how it failed. */
type InstanceReply = { id: number; ok: true; result?: unknown } | { id: number; ok: false; error: string };

export interface RunnerOptions {
  /** The folder of the built bundles: `<dir>/<fn>/index.js`. */
  bundlesDir: string;
  functions: readonly string[];
  /** The function's variables (the endpoint's `env`, and any of the function's own). */
  env: Record<string, string>;
  /** Lets setClock move the instances' clock (dev mode and tests only). */
  settableClock?: boolean;
  /**
   * Where the functions' own log lines go: the runner's output (default), nowhere, or errors only
   * (the bundles log errors to stderr, one JSON line each).
   */
  output?: FunctionOutput;
}

/** A built function that threw (CloudBase answers callFunction with an error then). */
export class FunctionFailed extends Error {
  constructor(
    readonly fn: string,
    stack: string,
  ) {
    super(`${fn} failed: ${stack}`);
    this.name = 'FunctionFailed';
  }
}

/**
 * Runs the deployed artifacts (dist/cloudfunctions/<fn>/index.js) as the CloudBase Node runtime
 * does: one warm instance per function, each a fresh Node process with the function's
 * variables that loads its bundle once and answers `main(event, context)` per event. Concurrent
 * events reach the same instance and interleave there at each await, as they would across the
 * cloud's instances at each database round trip.
 */
export class FunctionRunner {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: InstanceReply) => void>();

  private constructor(
    private readonly instances: Map<string, ChildProcess>,
    /** How long each bundle took to `require` in its fresh process: the cold start's own share. */
    readonly requireMs: Record<string, number>,
  ) {
    for (const child of instances.values()) child.on('message', (message) => this.settle(message as InstanceReply));
  }

  static async start(options: RunnerOptions): Promise<FunctionRunner> {
    const started = await Promise.all(options.functions.map((fn) => startInstance(fn, options)));
    const instances = new Map(started.map(({ fn, child }) => [fn, child]));
    const requireMs = Object.fromEntries(started.map(({ fn, requireMs: ms }) => [fn, ms]));
    return new FunctionRunner(instances, requireMs);
  }

  /** `main(event, context)` in the function's warm instance. Throws FunctionFailed if main threw. */
  async call(fn: string, event: unknown, context: unknown): Promise<unknown> {
    const reply = await this.send(fn, { type: 'call', event, context });
    if (!reply.ok) throw new FunctionFailed(fn, reply.error);
    return reply.result;
  }

  /** Sets every instance's clock to read `at` now (null: the real time again). */
  async setClock(at: number | null): Promise<void> {
    await Promise.all([...this.instances.keys()].map((fn) => this.send(fn, { type: 'clock', at })));
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.instances.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  private send(fn: string, message: Record<string, unknown>): Promise<InstanceReply> {
    const child = this.instances.get(fn);
    if (!child) return Promise.reject(new Error(`no function ${fn}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, resolve);
      child.send({ ...message, id }, (error) => {
        if (!error) return;
        this.pending.delete(id);
        reject(error);
      });
    });
  }

  private settle(reply: InstanceReply): void {
    const resolve = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    resolve?.(reply);
  }
}

const INSTANCE = path.join(__dirname, 'instance.cjs');

function startInstance(fn: string, options: RunnerOptions) {
  const bundle = path.resolve(options.bundlesDir, fn, 'index.js');
  const child = fork(INSTANCE, [bundle], {
    env: {
      // What CloudBase's runtime gives a function: its variables, and no identity of the caller.
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      NODE_ENV: 'production',
      ...options.env,
      ...(options.settableClock ? { MINQING_SETTABLE_CLOCK: '1' } : {}),
    },
    // Plain node, not the parent's loaders (tsx, jest): the runtime loads nothing but the bundle.
    execArgv: [],
    stdio: ['ignore', stdoutOf(options.output), options.output === 'ignore' ? 'ignore' : 'inherit', 'ipc'],
  });
  return new Promise<{ fn: string; child: ChildProcess; requireMs: number }>((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`${fn} instance exited (${code}) before it was ready`));
    child.once('exit', failed);
    child.once('message', (message: { type?: string; requireMs?: number }) => {
      if (message.type !== 'ready') return;
      child.off('exit', failed);
      resolve({ fn, child, requireMs: message.requireMs ?? 0 });
    });
  });
}

const stdoutOf = (output: FunctionOutput = 'inherit') => (output === 'inherit' ? 'inherit' : 'ignore');
