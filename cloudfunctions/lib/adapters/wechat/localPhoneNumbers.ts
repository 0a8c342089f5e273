import { LOCAL_PHONE_CODE_PREFIX } from '@domain/localPhoneCode';
import type { PhoneNumbers } from '../../ports/phoneNumbers';

/**
 * The local host's (dev mode) and the tests' stand-in for WeChat's phone-number check:
 * `dev-phone:<number>` vouches for a mainland number, anything else is an invalid code. Never wired
 * in production (runtime/cloudbase.ts uses wechatPhoneNumbers), so these codes mean nothing there.
 */
export function localPhoneNumbers(): PhoneNumbers {
  return {
    async exchange(code) {
      if (!code.startsWith(LOCAL_PHONE_CODE_PREFIX)) return { ok: false, reason: 'invalid' };
      const phone = code.slice(LOCAL_PHONE_CODE_PREFIX.length);
      return /^1[3-9]\d{9}$/.test(phone) ? { ok: true, phone } : { ok: false, reason: 'foreign' };
    },
  };
}

/** A host outside dev mode has no WeChat to vouch for numbers, and takes no stand-in's word either. */
export function noPhoneNumbers(): PhoneNumbers {
  return {
    async exchange() {
      return { ok: false, reason: 'unavailable' };
    },
  };
}
