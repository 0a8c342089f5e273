import type { Tone } from '../tones';
import { aside, at, because, where, type NotificationFacts } from './factWords';

/**
 * 红色代办 for 民意5来听: staff booked a visit for a resident at the door. The resident (when
 * registered) and a family member named with it hear that it was made, waitlisted, or cancelled
 * by staff; `booking_*` open the booking.
 */
export const bookingForKinds = [
  'booking_made_for_you',
  'booking_waitlisted_for_you',
  'booking_cancelled_for_you',
] as const;
export type BookingForKind = (typeof bookingForKinds)[number];

export const bookingForKindStatus: Record<BookingForKind, string> = {
  booking_made_for_you: '代您预约',
  booking_waitlisted_for_you: '代约候补',
  booking_cancelled_for_you: '代约取消',
};

export const bookingForKindTones: Record<BookingForKind, Tone> = {
  booking_made_for_you: 'good',
  booking_waitlisted_for_you: 'news',
  booking_cancelled_for_you: 'warn',
};

/** The visit kinds whose news a booking made on someone's behalf sends, worded for each reader. */
type VisitNews =
  | BookingForKind
  | 'booking_confirmed'
  | 'booking_waitlisted'
  | 'waitlist_promoted'
  | 'slot_cancelled'
  | 'visit_day_moved'
  | 'visit_reminder';

/** The news as the resident reads it: booked for them by staff, in their own words. */
function forResident(kind: BookingForKind, facts: NotificationFacts): string {
  switch (kind) {
    case 'booking_made_for_you':
      return `社区工作人员按您的意思为您预约了民意5来听${aside(facts)}：${at(facts)}${where(facts)}。如不能到场，请告诉社区。`;
    case 'booking_waitlisted_for_you':
      return `社区工作人员按您的意思为您预约了民意5来听${aside(facts)}。该时段已约满，您在候补中，有人取消时会按顺序为您补上并通知您。`;
    case 'booking_cancelled_for_you':
      return `社区工作人员取消了为您代约的民意5来听${because(facts)}。`;
  }
}

/** A family member (家属) reads it about their family member, who may have no phone. */
function forFamily(kind: VisitNews, name: string, facts: NotificationFacts): string | null {
  switch (kind) {
    case 'booking_made_for_you':
    case 'booking_confirmed':
      return `社区工作人员为您的家人${name}预约了民意5来听${aside(facts)}：${at(facts)}${where(facts)}。请提醒${name}按时到场。`;
    case 'booking_waitlisted_for_you':
    case 'booking_waitlisted':
      return `社区工作人员为您的家人${name}预约了民意5来听${aside(facts)}，该时段已约满，${name}在候补中，补上时会通知您。`;
    case 'booking_cancelled_for_you':
      return `您的家人${name}的民意5来听预约已由社区工作人员取消${because(facts)}。`;
    case 'waitlist_promoted':
      return `有人取消了预约，您的家人${name}已从候补转为预约成功：${at(facts)}${where(facts)}。请提醒${name}按时到场。`;
    case 'slot_cancelled':
      return `很抱歉，您的家人${name}预约的接访已取消${because(facts)}。`;
    case 'visit_day_moved':
      return `社区调整了接访日，您的家人${name}的预约随之改到：${at(facts)}${where(facts)}${because(facts)}。`;
    case 'visit_reminder':
      return `别忘了提醒您的家人${name}：民意5来听接访在${at(facts)}${where(facts)}。`;
    default:
      return null;
  }
}

/** The staff member who booked for a resident without an account hears it about that resident. */
function forStaff(kind: VisitNews, name: string, facts: NotificationFacts): string | null {
  switch (kind) {
    case 'waitlist_promoted':
      return `有人取消了预约，您为${name}预约的民意5来听已从候补转为预约成功：${at(facts)}${where(facts)}。请告诉${name}按时到场。`;
    case 'slot_cancelled':
      return `您为${name}预约的接访已取消${because(facts)}。请告诉${name}，可以为其改约其他时段。`;
    case 'visit_day_moved':
      return `社区调整了接访日，您为${name}预约的接访随之改到：${at(facts)}${where(facts)}${because(facts)}。请告诉${name}。`;
    case 'visit_reminder':
      return `您为${name}预约的民意5来听接访在${at(facts)}${where(facts)}，请提醒${name}按时到场。`;
    default:
      return null;
  }
}

export function isBookingForKind(kind: string): kind is BookingForKind {
  return (bookingForKinds as readonly string[]).includes(kind);
}

/**
 * The words for a visit's news when the booking was made on someone's behalf and the reader is
 * the staff member who booked (`onBehalfOf`) or a family member (`familyOf`); null when the
 * reader is the resident, whose words are the kind's own.
 */
export function onBehalfVisitText(kind: string, facts: NotificationFacts): string | null {
  const news = kind as VisitNews;
  const staffText = facts.onBehalfOf ? forStaff(news, facts.onBehalfOf, facts) : null;
  if (staffText) return staffText;
  return facts.familyOf ? forFamily(news, facts.familyOf, facts) : null;
}

/** The sentence under a booking-made-for-you kind's title, for whoever reads it. */
export function bookingForText(kind: BookingForKind, facts: NotificationFacts): string {
  return onBehalfVisitText(kind, facts) ?? forResident(kind, facts);
}
