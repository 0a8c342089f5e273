/**
 * What WeChat says about a phone-number code (from `<button open-type="getPhoneNumber">`): the
 * number it vouches for, or why it gives none. A code works once and for five minutes.
 */
export type PhoneExchange =
  | { ok: true; phone: string }
  /** invalid: expired, used or forged; foreign: not a mainland number; unavailable: WeChat did not answer. */
  | { ok: false; reason: 'invalid' | 'foreign' | 'unavailable' };

/** Exchanges a phone-number code server-side (open API phonenumber.getPhoneNumber). */
export interface PhoneNumbers {
  exchange(code: string): Promise<PhoneExchange>;
}
