import type { Envelope } from '@domain/envelope';
import type { ErrorCode, FieldIssue } from '@domain/errors';

/**
 * Failures only the client can see: NETWORK (no answer came: offline, host down, connection cut)
 * and TIMEOUT (no answer within the call's time limit). Neither says whether the server acted,
 * so the same intent may be sent again with the same request id.
 */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT';

export const NETWORK_MESSAGE = '网络不可用，请检查网络后重试';
export const TIMEOUT_MESSAGE = '网络不可用或太慢，没有等到回复，请检查网络后重试';

/** A failed call as the pages see it: a code to branch on and a Chinese message to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    // What went wrong underneath (the fetch TypeError, WeChat's errMsg), for the console and tests.
    // Set by hand: older WeChat JS engines ignore Error's options argument.
    if ('cause' in options) this.cause = options.cause;
  }

  /** The message for one input field, if the server pointed at it. */
  fieldMessage(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }

  /** No answer came: the server may or may not have acted. */
  get unanswered(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT';
  }
}

export const networkError = (cause?: unknown) => new ApiError('NETWORK', NETWORK_MESSAGE, [], { cause });
export const timeoutError = (cause?: unknown) => new ApiError('TIMEOUT', TIMEOUT_MESSAGE, [], { cause });

/** Anything a call threw, as an ApiError; what is not one is a failure of the way there. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : networkError(caught);
}

/** The data of an answer, or its refusal as an ApiError. */
export function envelopeData<T>(envelope: Envelope<unknown> | null | undefined): T {
  if (!envelope || typeof envelope !== 'object') throw networkError(new Error('the answer is not an envelope'));
  if (envelope.ok) return envelope.data as T;
  throw new ApiError(envelope.code, envelope.message, envelope.issues ?? []);
}
