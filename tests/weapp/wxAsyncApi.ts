/**
 * How every callback-style API of the fake `wx` answers: asynchronously, through success / fail /
 * complete and a promise, with WeChat's errMsg, so the built app's own error handling runs as it
 * does on a phone. Shared by every group of fake APIs.
 */

export type Options = Record<string, unknown> & {
  success?: (res: unknown) => void;
  fail?: (res: unknown) => void;
  complete?: (res: unknown) => void;
};

/** A callback-style wx API: settles asynchronously like WeChat, and returns a promise as well. */
export function asyncApi(name: string, run: (options: Options) => unknown) {
  return (options: Options = {}): Promise<unknown> =>
    Promise.resolve().then(() => {
      try {
        const res = { errMsg: `${name}:ok`, ...(run(options) as object | undefined) };
        options.success?.(res);
        options.complete?.(res);
        return res;
      } catch (error) {
        const res = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` };
        options.fail?.(res);
        options.complete?.(res);
        if (!options.fail) throw res;
        return res;
      }
    });
}
