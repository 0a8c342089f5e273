import type { PhoneNumbers } from '../../ports/phoneNumbers';
import type { WxOpenApiCall } from './wechatContentCheck';

interface PhoneReply {
  errcode?: number;
  phone_info?: { purePhoneNumber?: string; countryCode?: string };
}

/** WeChat's error for a code that is expired, used or not from this app. */
const INVALID_CODE = 40029;

/**
 * Production: phonenumber.getPhoneNumber through CloudBase's open-API gateway (the account
 * function's config.json grants it). Only mainland numbers are taken: the rest of the app (phone
 * masking, contact rules) knows no other.
 */
export function wechatPhoneNumbers(callOpenApi: WxOpenApiCall): PhoneNumbers {
  return {
    async exchange(code) {
      const reply = (await callOpenApi('wxa/business/getuserphonenumber', { code })) as PhoneReply | null;
      if (!reply || typeof reply !== 'object') return { ok: false, reason: 'unavailable' };
      if (reply.errcode === INVALID_CODE) return { ok: false, reason: 'invalid' };
      const info = reply.phone_info;
      if (reply.errcode !== 0 || !info?.purePhoneNumber) return { ok: false, reason: 'unavailable' };
      if (info.countryCode !== '86') return { ok: false, reason: 'foreign' };
      return { ok: true, phone: info.purePhoneNumber };
    },
  };
}
