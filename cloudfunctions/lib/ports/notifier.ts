/**
 * Domain events that someone should hear about. The notification issue delivers the channels
 * (in-app inbox, subscribe messages through an outbox); services only say what happened.
 */
export type NotificationKind =
  | 'matter_approved'
  | 'matter_rejected'
  | 'official_reply'
  | 'consultation_scheduled'
  | 'matter_resolved'
  | 'escalation_answered'
  | 'booking_confirmed'
  | 'booking_waitlisted'
  | 'waitlist_promoted'
  | 'slot_cancelled'
  | 'followup_recorded'
  | 'visit_reminder';

/** What a notification is about; the inbox opens it when tapped. */
export interface NotificationRef {
  type: 'matter' | 'booking';
  id: string;
}

export interface NotificationEvent {
  kind: NotificationKind;
  /** Who should hear about it. */
  userIds: string[];
  ref: NotificationRef;
  /** Short Chinese title, e.g. the matter title. */
  title: string;
  /** Same event, same key: a retry never notifies twice. */
  dedupeKey: string;
  at: number;
}

export interface Notifier {
  notify(event: NotificationEvent): Promise<void>;
}
