/**
 * The version of what the privacy guide declares. Raise it when the registry gains a kind of data:
 * the h5 app then asks everyone again, as WeChat does when the console's guide gains a type.
 */
// The second version of that day: 红色代办 began to record the family member to tell (家属).
export const PRIVACY_GUIDE_VERSION = '2026-12-06.2';

/** Who agreed to which version of the guide, as the h5 app keeps it on the device. */
export type AgreementsByUser = Record<string, string>;

export function hasAgreed(agreements: AgreementsByUser, userId: string): boolean {
  return agreements[userId] === PRIVACY_GUIDE_VERSION;
}

export function withAgreement(agreements: AgreementsByUser, userId: string): AgreementsByUser {
  return { ...agreements, [userId]: PRIVACY_GUIDE_VERSION };
}
