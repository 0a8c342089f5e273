import type { Envelope } from '@domain/envelope';
import { envelopeData, networkError } from './apiError';
import { CALL_TIMEOUT_MS, withTimeout } from './timeout';

export interface HttpRequest {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (an uploaded photo), with its content type. */
  body?: Blob;
  /** How long to wait for the whole answer. */
  timeoutMs?: number;
}

/**
 * The one way the h5 app speaks to the local host: same-origin (the session is a cookie), and the
 * answer is always an envelope. No answer, or one that is not JSON (a proxy's error page, a cut
 * connection), is a NETWORK ApiError that keeps what failed as its cause; no whole answer within
 * the time limit is a TIMEOUT one, and the request is aborted.
 */
export function fetchEnvelope<T = unknown>(path: string, request: HttpRequest = {}): Promise<Envelope<T>> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  return withTimeout(send<T>(path, request, controller?.signal), request.timeoutMs ?? CALL_TIMEOUT_MS, () =>
    controller?.abort(),
  );
}

async function send<T>(path: string, request: HttpRequest, signal: AbortSignal | undefined): Promise<Envelope<T>> {
  const { method = 'POST', json, body } = request;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      signal,
      ...(json !== undefined
        ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }
        : body
          ? { headers: { 'content-type': body.type || 'image/jpeg' }, body }
          : {}),
    });
  } catch (cause) {
    throw networkError(cause);
  }
  try {
    return (await response.json()) as Envelope<T>;
  } catch (cause) {
    throw networkError(cause);
  }
}

/** fetchEnvelope, then its data or its refusal as an ApiError. */
export async function fetchData<T>(path: string, request: HttpRequest = {}): Promise<T> {
  return envelopeData<T>(await fetchEnvelope<T>(path, request));
}
