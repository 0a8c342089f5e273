/**
 * What the endpoint can do to a request instead of answering it well:
 * - `server-error`: answers HTTP 500 without doing anything (the request never reached the
 *   database);
 * - `answer-lost`: does the request, then drops the connection before answering (a timeout
 *   from the caller's side: the write happened, the function does not know it).
 */
export type FaultKind = 'server-error' | 'answer-lost';

export interface RequestInfo {
  seq: number;
  action: string;
  collection: string | null;
}

/** Decides, per request, whether to inject a fault. */
export type FaultPlan = (request: RequestInfo) => FaultKind | null;

/**
 * A plan that injects `kind` into the `nth` (1-based) request matching `matches` after it is
 * made, and into nothing else: a failure at one exact step of a flow.
 */
export function failNth(
  nth: number,
  kind: FaultKind,
  matches: (request: RequestInfo) => boolean = isDatabaseRequest,
): FaultPlan {
  let seen = 0;
  return (request) => {
    if (!matches(request)) return null;
    seen += 1;
    return seen === nth ? kind : null;
  };
}

export const isDatabaseRequest = (request: RequestInfo): boolean => request.action.startsWith('database.');
