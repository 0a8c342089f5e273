import { formatShanghai } from '../time';

/** Details a message may show besides the title: when and where it happens, and why. */
export interface NotificationFacts {
  /** The moment the news is about (a visit's start, a meeting), not when it was sent. */
  when?: number;
  place?: string;
  reason?: string;
  /** 红色代办: the resident the reader ordered for (the reader is the staff member, not the resident). */
  onBehalfOf?: string;
  /** 红色代办: the family member the reader is told in the place of (the reader is their 家属). */
  familyOf?: string;
}

export function at(facts: NotificationFacts): string {
  return facts.when === undefined ? '' : formatShanghai(facts.when, 'M月D日 HH:mm');
}

export function where(facts: NotificationFacts): string {
  return facts.place ? `，地点：${facts.place}` : '';
}

/**
 * Someone's reason as a clause inside our sentence: its own closing mark dropped, or the sentence
 * would end twice (“…畅通。。”).
 */
export function clause(text: string): string {
  // Escaped: the function bundles are pure ASCII, and a regex literal cannot be escaped for them.
  return text.trim().replace(/[\u3002.\uff01!\uff1f?\uff1b;\uff0c,\u3001\s]+$/u, '');
}

export function because(facts: NotificationFacts): string {
  return facts.reason ? `，原因：${clause(facts.reason)}` : '';
}

export function aside(facts: NotificationFacts): string {
  return facts.reason ? `（${clause(facts.reason)}）` : '';
}
