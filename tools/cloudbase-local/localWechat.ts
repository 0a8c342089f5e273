import { randomBytes } from 'node:crypto';
import { LOCAL_PHONE_CODE_PREFIX } from '@domain/localPhoneCode';
import { verdictFor } from '../../cloudfunctions/lib/adapters/wechat/localContentCheck';

/** A WeChat message push, as WeChat delivers it to the function configured for it. */
export type PushDelivery = (fn: string, event: Record<string, unknown>) => void;

/** A subscribe message WeChat was asked to send: what the resident would get on the phone. */
export interface SentSubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/**
 * WeChat's open APIs as the local endpoint answers them, with the local host's rules so both
 * backends behave alike: texts are checked against the repo's keyword list, an image whose address
 * contains `reject-me` is found risky (its verdict is pushed to the matter function a moment
 * later, as WeChat pushes `wxa_media_check`), a phone code is `dev-phone:<number>`, and every
 * subscribe message is accepted and kept in `sent`.
 */
export function localWechat(deliverPush: PushDelivery) {
  const sent: SentSubscribeMessage[] = [];
  const openApis: Record<string, (request: Record<string, unknown>) => unknown> = {
    'wxa/msg_sec_check': (request) => {
      const verdict = verdictFor(String(request.content ?? ''));
      return {
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: verdict.suggest, label: verdict.suggest === 'pass' ? 100 : 20001 },
      };
    },
    'wxa/media_check_async': (request) => {
      const traceId = randomBytes(8).toString('hex');
      const suggest = String(request.media_url ?? '').includes('reject-me') ? 'risky' : 'pass';
      const push = { Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest, label: 100 } };
      setTimeout(() => deliverPush('matter', push), 20);
      return { errcode: 0, errmsg: 'ok', trace_id: traceId };
    },
    'wxa/business/getuserphonenumber': (request) => phoneReply(String(request.code ?? '')),
    'cgi-bin/message/subscribe/send': (request) => {
      sent.push(request as unknown as SentSubscribeMessage);
      return { errcode: 0, errmsg: 'ok' };
    },
  };
  return { openApis, sent };
}

function phoneReply(code: string) {
  if (!code.startsWith(LOCAL_PHONE_CODE_PREFIX)) return { errcode: 40029, errmsg: 'invalid code' };
  const phone = code.slice(LOCAL_PHONE_CODE_PREFIX.length);
  const mainland = /^1[3-9]\d{9}$/.test(phone);
  return {
    errcode: 0,
    errmsg: 'ok',
    phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: mainland ? '86' : '1' },
  };
}
