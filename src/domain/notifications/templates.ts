import { formatShanghai } from '../time';
import type { NotificationKind } from './kinds';
import type { CaseKind } from './caseKinds';
import type { ServiceKind } from './serviceKinds';
import type { SubscribeTemplate, TemplateConfig } from './templateConfig';
import { formatTimeValue, phraseValue, truncateThing } from './templateText';

/** The five message shapes we ask WeChat for; each kind maps to one of them. */
export const templateKeys = [
  'matterProgress',
  'bookingResult',
  'visitReminder',
  'taskReminder',
  'serviceProgress',
] as const;
export type TemplateKey = (typeof templateKeys)[number];

/** What a template field shows. */
export const fieldSources = ['subject', 'status', 'note', 'time', 'place'] as const;
export type FieldSource = (typeof fieldSources)[number];

export type { SubscribeTemplate, TemplateConfig } from './templateConfig';

/**
 * Service orders and 双报到 have their own message (服务进度通知); an activity's sign-up news and
 * reminder read like a visit booking's, so they share its two messages and one consent asks for both.
 */
const serviceTemplateOfKind: Record<ServiceKind, TemplateKey> = {
  order_placed_for_you: 'serviceProgress',
  order_claimed: 'serviceProgress',
  order_assigned: 'serviceProgress',
  order_released: 'serviceProgress',
  order_started: 'serviceProgress',
  order_done: 'serviceProgress',
  order_cancelled: 'serviceProgress',
  order_confirmed: 'serviceProgress',
  order_disputed: 'serviceProgress',
  order_settled: 'serviceProgress',
  order_overdue: 'taskReminder',
  volunteer_approved: 'serviceProgress',
  volunteer_returned: 'serviceProgress',
  activity_signed_up: 'bookingResult',
  activity_waitlisted: 'bookingResult',
  activity_promoted: 'bookingResult',
  activity_cancelled: 'bookingResult',
  activity_reminder: 'visitReminder',
};

/**
 * 街呼区应 news is staff work with a deadline: the to-do reminder staff already consent to
 * (consentMoments.staff), so a holder's users hear of new cases and of the clock on WeChat too.
 */
const caseTemplateOfKind: Record<CaseKind, TemplateKey> = {
  case_dispatched: 'taskReminder',
  case_rerouted: 'taskReminder',
  case_returned: 'taskReminder',
  case_extension_requested: 'taskReminder',
  case_extension_decided: 'taskReminder',
  case_handled: 'taskReminder',
  case_sent_back: 'taskReminder',
  case_withdrawn: 'taskReminder',
  case_moved: 'taskReminder',
  case_due_soon: 'taskReminder',
  case_overdue: 'taskReminder',
  case_review_due: 'taskReminder',
};

/** Which template carries each kind. Residents' news about matters and bookings; staff to-dos. */
export const templateOfKind: Record<NotificationKind, TemplateKey> = {
  matter_approved: 'matterProgress',
  matter_raised_for_you: 'matterProgress',
  matter_raised_on_behalf: 'matterProgress',
  matter_rejected: 'matterProgress',
  official_reply: 'matterProgress',
  consultation_scheduled: 'matterProgress',
  matter_resolved: 'matterProgress',
  escalation_answered: 'matterProgress',
  booking_confirmed: 'bookingResult',
  booking_waitlisted: 'bookingResult',
  waitlist_promoted: 'bookingResult',
  slot_cancelled: 'bookingResult',
  visit_day_moved: 'bookingResult',
  followup_recorded: 'bookingResult',
  visit_reminder: 'visitReminder',
  followup_due: 'taskReminder',
  escalation_overdue: 'taskReminder',
  booking_made_for_you: 'bookingResult',
  booking_waitlisted_for_you: 'bookingResult',
  booking_cancelled_for_you: 'bookingResult',
  ...serviceTemplateOfKind,
  ...caseTemplateOfKind,
};

/**
 * The moments the client asks for consent (inside a tap handler), at most 3 templates each:
 * raising or following a matter, booking a visit, signing up for a volunteer activity, placing,
 * claiming or reporting for service (群众点单 · 双报到), and staff switching on their to-do reminders.
 */
export const consentMoments = {
  matter: ['matterProgress'],
  booking: ['bookingResult', 'visitReminder'],
  activity: ['bookingResult', 'visitReminder'],
  service: ['serviceProgress'],
  staff: ['taskReminder', 'matterProgress'],
} as const satisfies Record<string, readonly TemplateKey[]>;
export type ConsentMoment = keyof typeof consentMoments;

/** The values a message is made of, before each is cut to its field's limit. */
export interface MessageValues {
  subject: string;
  status: string;
  note: string;
  time: number;
  place: string;
}

function valueFor(field: string, source: FieldSource, values: MessageValues): string {
  if (source === 'time') {
    if (field.startsWith('date')) return formatShanghai(values.time, 'YYYY年M月D日');
    if (field.startsWith('time')) return formatTimeValue(values.time);
  }
  const text = source === 'time' ? formatTimeValue(values.time) : values[source] || '—';
  if (field.startsWith('phrase') || field.startsWith('short_thing')) return phraseValue(text);
  if (field.startsWith('name')) return truncateThing(text, 10);
  if (field.startsWith('character_string')) return truncateThing(text, 32);
  return truncateThing(text);
}

/** The `data` of subscribeMessage.send: `{ thing1: { value } ... }`, every value within its limit. */
export function templateData(template: SubscribeTemplate, values: MessageValues): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [field, source] of Object.entries(template.fields)) {
    data[field] = { value: valueFor(field, source, values) };
  }
  return data;
}

export function templateByKey(config: TemplateConfig, key: TemplateKey): SubscribeTemplate {
  const template = config.templates.find((t) => t.key === key);
  if (!template) throw new Error(`template ${key} is not configured`);
  return template;
}
