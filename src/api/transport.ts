import Taro from '@tarojs/taro';
import type { Envelope } from '@domain/envelope';
import { networkError } from './apiError';
import { fetchEnvelope } from './http';

/** The event every cloud function receives. */
export interface CallEvent {
  action: string;
  data: unknown;
  requestId?: string;
}

/** Carries one event to a function and brings back its envelope; a failure of the way there throws an ApiError. */
export type Transport = (fn: string, event: CallEvent) => Promise<Envelope<unknown>>;

/** weapp: CloudBase puts the caller's OPENID in the function context; nothing else is sent. */
const cloudTransport: Transport = async (fn, event) => {
  try {
    const result = await Taro.cloud.callFunction({ name: fn, data: { ...event } });
    return result.result as Envelope<unknown>;
  } catch (cause) {
    throw networkError(cause);
  }
};

/** h5: the local host serves the same functions at POST /api/<fn>; the session is a cookie. */
const httpTransport: Transport = (fn, event) => fetchEnvelope(`/api/${fn}`, { json: event });

export function platformTransport(): Transport {
  return process.env.TARO_ENV === 'weapp' ? cloudTransport : httpTransport;
}
