import type { NotificationFacts, NotificationKind, NotificationRef } from '@domain/notifications/kinds';

export type { NotificationFacts, NotificationKind, NotificationRef };

/** Something that happened which people should hear about. Services say what; the notifier delivers. */
export interface NotificationEvent {
  kind: NotificationKind;
  /** Who should hear about it. */
  userIds: string[];
  /** The community it happened in: the committee there sees deliveries that failed. */
  communityId: string;
  ref: NotificationRef;
  /** Short Chinese title, e.g. the matter title or the booking's topic. */
  title: string;
  facts?: NotificationFacts;
  /** Same event, same key: a retried call or a timer that fires twice never notifies twice. */
  dedupeKey: string;
  at: number;
  /** After this moment a WeChat message would only be noise (a reminder of a visit that began). */
  expiresAt?: number;
}

export interface Notifier {
  notify(event: NotificationEvent): Promise<void>;
}
