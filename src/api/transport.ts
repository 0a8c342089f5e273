import Taro from '@tarojs/taro';
import type { Envelope } from '@domain/envelope';

/** The event every cloud function receives. */
export interface CallEvent {
  action: string;
  data: unknown;
  requestId?: string;
}

export type Transport = (fn: string, event: CallEvent) => Promise<Envelope<unknown>>;

/** weapp: CloudBase puts the caller's OPENID in the function context; nothing else is sent. */
const cloudTransport: Transport = async (fn, event) => {
  const result = await Taro.cloud.callFunction({ name: fn, data: { ...event } });
  return result.result as Envelope<unknown>;
};

/** h5: the local host serves the same functions at POST /api/<fn>; the session is a cookie. */
const httpTransport: Transport = async (fn, event) => {
  const response = await fetch(`/api/${fn}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return (await response.json()) as Envelope<unknown>;
};

export function platformTransport(): Transport {
  return process.env.TARO_ENV === 'weapp' ? cloudTransport : httpTransport;
}
