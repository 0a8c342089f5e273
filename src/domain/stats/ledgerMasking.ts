import { maskPhone } from '../masking';
import { maskFreeText } from '../textFields';

/**
 * What a ledger (台账) shows of people: it leaves the system as a file anyone may be forwarded,
 * so residents' names keep their first character only, always followed by two stars whatever
 * their length (张**), phones their ends (138****5678),
 * and every free text goes through the one masking rule (textFields.ts): a phone typed into a
 * matter's body never leaves unmasked.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}**`;
}

/** A resident as a ledger names them: masked, or the stand-in when nobody is named. */
export function ledgerPerson(name: string | undefined, standIn = '居民'): string {
  const masked = maskPersonName(name ?? '');
  return masked || standIn;
}

export function ledgerPhone(phone: string): string {
  return phone.trim() ? maskPhone(phone) : '';
}

export const ledgerText = maskFreeText;

/** The author of an anonymous matter, in every ledger. */
export const ANONYMOUS_RESIDENT = '匿名居民';
