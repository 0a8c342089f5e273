import { timeoutError } from './apiError';

/**
 * How long a call waits for its answer. The deployed functions time out after 5 s and the local
 * host answers in milliseconds, so 10 s without an answer means the network, not the work.
 */
export const CALL_TIMEOUT_MS = 10_000;

/**
 * Settles as `work` does, or rejects with a TIMEOUT ApiError after `ms`, first calling `onTimeout`
 * (to abort a fetch). Work that cannot be cancelled (Taro.cloud.callFunction) goes on unheard:
 * a command's request id makes sending it again safe.
 */
export function withTimeout<T>(work: Promise<T>, ms = CALL_TIMEOUT_MS, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(timeoutError(new Error(`no answer within ${ms} ms`)));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
