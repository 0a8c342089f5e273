import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/apiError';
import { newRequestId } from '../../api/requestId';

export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError('INTERNAL', '操作失败，请重试');
}

/** How a submission ended; `error` is null when it was not sent (another one was running). */
export type Submitted<T> = { ok: true; value: T } | { ok: false; error: ApiError | null };

/**
 * One submission of a committee form: busy flag, the server's refusal, and one request id per
 * intent. Submitting the same input again after a failure reuses the id (a retry must not act
 * twice); other input, or a new submission after a success, gets a fresh id.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const intent = useRef<{ key: string; requestId: string } | null>(null);
  const running = useRef(false);

  const submit = useCallback(
    async <T>(input: unknown, send: (requestId: string) => Promise<T>): Promise<Submitted<T>> => {
      if (running.current) return { ok: false, error: null };
      const key = JSON.stringify(input);
      const requestId = intent.current?.key === key ? intent.current.requestId : newRequestId();
      intent.current = { key, requestId };
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await send(requestId);
        intent.current = null;
        return { ok: true, value: result };
      } catch (caught) {
        const apiError = toApiError(caught);
        setError(apiError);
        return { ok: false, error: apiError };
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [],
  );

  /** A refusal found before calling the server, shown the same way as the server's. */
  const refuse = useCallback((message: string, path?: string) => {
    setError(new ApiError('BAD_INPUT', message, path ? [{ path, message }] : []));
  }, []);

  const fieldError = (path: string) => error?.fieldMessage(path);
  return { busy, error, submit, refuse, fieldError, clearError: () => setError(null) };
}
