import { Toast } from '@nutui/nutui-react-taro';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { FieldIssue } from '@domain/errors';
import { ApiError } from '../api/apiError';
import { newRequestId } from '../api/requestId';

/** How one run ended; `error` is null when it was not sent (another run of this command was going). */
export type Submitted<T> = { ok: true; value: T } | { ok: false; error: ApiError | null };

export interface CommandOptions {
  /** The page's Toast id: a run's `done` message is shown there. */
  toast?: string;
  /**
   * Where a refusal is said: `inline` (the default) keeps it in `error` for the form or sheet to
   * show next to its fields; `toast` shows it in the page's Toast (one-tap buttons).
   */
  failures?: 'inline' | 'toast';
}

export interface RunFeedback<T> {
  /** Which of the page's buttons this is: `running` names it while the run is going. */
  name?: string;
  /** Said in the page's Toast when it succeeded. */
  done?: string | ((value: T) => string);
}

/** A bug in the page (not a refusal, not the network): said plainly, never as a stack trace. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError('INTERNAL', '操作失败，请重试', [], { cause: caught });
}

/**
 * One user intent sent to the server, the one way every page and sheet does it:
 * - the request id: running the same intent again after a failure (the person taps again after
 *   「网络不可用」) reuses its id, so the server does the work once; another intent, or the same
 *   one after it succeeded, gets a fresh id;
 * - busy: a second tap while a run is going sends nothing;
 * - the outcome: a refusal (its Chinese message and field issues) in `error` or the page's Toast,
 *   a success in the Toast when the run says what was done.
 */
export function useCommand(options: CommandOptions = {}) {
  const { toast, failures = 'inline' } = options;
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const intent = useRef<{ key: string; requestId: string } | null>(null);
  const sending = useRef(false);

  const run = useCallback(
    async <T>(
      input: unknown,
      send: (requestId: string) => Promise<T>,
      feedback: RunFeedback<T> = {},
    ): Promise<Submitted<T>> => {
      if (sending.current) return { ok: false, error: null };
      const key = JSON.stringify(input) ?? '';
      const requestId = intent.current?.key === key ? intent.current.requestId : newRequestId();
      intent.current = { key, requestId };
      sending.current = true;
      setRunning(feedback.name ?? 'run');
      setError(null);
      try {
        const value = await send(requestId);
        intent.current = null;
        const done = typeof feedback.done === 'function' ? feedback.done(value) : feedback.done;
        if (done && toast) Toast.show(toast, { content: done, icon: 'success' });
        return { ok: true, value };
      } catch (caught) {
        const apiError = toApiError(caught);
        setError(apiError);
        if (failures === 'toast' && toast) Toast.show(toast, { content: apiError.message, icon: 'fail' });
        return { ok: false, error: apiError };
      } finally {
        sending.current = false;
        setRunning(null);
      }
    },
    [toast, failures],
  );

  /**
   * A refusal found before calling the server (the form's own check with the contract's schema),
   * shown the same way as the server's: one message for a field, or every field's issue.
   */
  const refuse = useCallback(
    (problem: string | readonly FieldIssue[], path?: string) => {
      const issues = typeof problem === 'string' ? (path ? [{ path, message: problem }] : []) : [...problem];
      const message = typeof problem === 'string' ? problem : (issues[0]?.message ?? '请检查填写的内容');
      setError(new ApiError('BAD_INPUT', message, issues));
      if (failures === 'toast' && toast) Toast.show(toast, { content: message, icon: 'fail' });
    },
    [toast, failures],
  );

  const clearError = useCallback(() => setError(null), []);

  return useMemo(
    () => ({
      busy: running !== null,
      /** The `name` of the run going on, for a page with several buttons on one command. */
      running,
      error,
      run,
      refuse,
      clearError,
      fieldError: (path: string) => error?.fieldMessage(path),
    }),
    [running, error, run, refuse, clearError],
  );
}

export type Command = ReturnType<typeof useCommand>;
