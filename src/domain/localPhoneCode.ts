/**
 * The phone-number code of the local host (npm start) and the tests, where no WeChat vouches for
 * numbers: the h5 app's 演示验证 sends `dev-phone:<the number typed>`, and the host's stand-in
 * (cloudfunctions/lib/adapters/wechat/localPhoneNumbers.ts) takes it as verified. Production
 * exchanges real codes with WeChat and knows nothing of this form.
 */
export const LOCAL_PHONE_CODE_PREFIX = 'dev-phone:';

export function localPhoneCode(phone: string): string {
  return `${LOCAL_PHONE_CODE_PREFIX}${phone}`;
}
