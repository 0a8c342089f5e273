import Taro from '@tarojs/taro';
import type { Envelope } from '@domain/envelope';
import { networkError } from './apiError';
import { fetchEnvelope } from './http';
import { withTimeout } from './timeout';

/** The event every cloud function receives. */
export interface CallEvent {
  action: string;
  data: unknown;
  requestId?: string;
}

/** Carries one event to a function and brings back its envelope; a failure of the way there throws an ApiError. */
export type Transport = (fn: string, event: CallEvent) => Promise<Envelope<unknown>>;

/**
 * weapp: CloudBase puts the caller's OPENID in the function context; nothing else is sent. A call
 * cannot be cancelled, so the time limit races it.
 */
const cloudTransport: Transport = async (fn, event) => {
  let sent: Promise<Taro.cloud.CallFunctionResult>;
  try {
    sent = Taro.cloud.callFunction({ name: fn, data: { ...event } });
  } catch (cause) {
    throw networkError(cause);
  }
  const result = await withTimeout(sent.catch((cause: unknown) => Promise.reject(networkError(cause))));
  return result.result as Envelope<unknown>;
};

/** h5: the local host serves the same functions at POST /api/<fn>; the session is a cookie. */
const httpTransport: Transport = (fn, event) => fetchEnvelope(`/api/${fn}`, { json: event });

export function platformTransport(): Transport {
  return process.env.TARO_ENV === 'weapp' ? cloudTransport : httpTransport;
}
