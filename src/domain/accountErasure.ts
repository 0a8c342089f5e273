import { maskPhone } from './masking';
import { maskFreeText } from './textFields';

/** What others see where a deleted account's matters, comments and visits are shown. */
export const DELETED_USER_NAME = '已注销用户';

/** What stands in for a name, phone, building or address erased from someone's words. */
export const ERASED_MARK = '＊＊';

/** What erasure looks for in a deleted person's words: their own details, as they gave them. */
export interface PersonalDetails {
  name: string;
  phone: string;
  building: string;
  /** Addresses and phones they gave elsewhere (bookings). */
  others: readonly string[];
}

/**
 * A deleted person's words as kept for the community's record: their name, phone, building and
 * addresses wherever they occur are replaced, then phone, ID and plate numbers are masked like any
 * free text. Their phone numbers go in the masked form too (138****1234): that is how public text
 * showed them, and beside other details it still points at the person. Irreversible, and applying
 * it again changes nothing (a retried deletion lands the same). One-character details are left
 * alone: replacing every "李" would deface the text without hiding anyone.
 */
export function eraseDetails(text: string, details: PersonalDetails): string {
  const given = [details.name, details.phone, details.building, ...details.others].map((value) => value.trim());
  const needles = [...given, ...given.filter(isMobileNumber).map(maskPhone)]
    .filter((value) => value.length >= 2 && value !== ERASED_MARK)
    .sort((a, b) => b.length - a.length);
  let erased = text;
  for (const needle of needles) erased = erased.split(needle).join(ERASED_MARK);
  return maskFreeText(erased);
}

function isMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/**
 * Only residents delete their own accounts here; staff accounts carry duties (slots, records,
 * queues) that an admin hands over first.
 */
export const STAFF_DELETION_REFUSED = '工作人员账号请联系系统管理员办理注销';
