import { createHash } from 'node:crypto';
import { isDigested, digestKey } from '@domain/notifications/digest';
import {
  kindStatus,
  notificationPage,
  notificationText,
  type NotificationFacts,
  type NotificationKind,
  type NotificationRef,
} from '@domain/notifications/kinds';
import { nextSendableAt } from '@domain/notifications/quietHours';
import {
  templateByKey,
  templateData,
  templateOfKind,
  type MessageValues,
  type TemplateConfig,
} from '@domain/notifications/templates';
import { maskFreeText } from '@domain/textFields';
import type { Deps } from '../../deps';
import type { InboxEntry, OutboxRow } from '../../ports/notifications';

/** Something that happened which people should hear about. Services say what; `notify` delivers. */
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

/** Same user, same dedupe key, same id: writing an event twice (a retry, a timer firing twice) is a no-op. */
export function deliveryId(prefix: 'n' | 'o', userId: string, dedupeKey: string): string {
  return prefix + createHash('sha256').update(`${userId}\n${dedupeKey}`).digest('hex').slice(0, 30);
}

/** The short line of a WeChat message (20 characters at most): the reason when there is one. */
function noteOf(event: NotificationEvent): string {
  return event.facts?.reason || '点击查看详情';
}

function inboxEntryFor(event: NotificationEvent, userId: string): InboxEntry {
  return {
    id: deliveryId('n', userId, event.dedupeKey),
    userId,
    kind: event.kind,
    refType: event.ref.type,
    refId: event.ref.id,
    title: event.title,
    text: notificationText(event.kind, event.facts),
    createdAt: event.at,
    readAt: null,
  };
}

function outboxRowFor(event: NotificationEvent, userId: string, templates: TemplateConfig): OutboxRow {
  const template = templateByKey(templates, templateOfKind[event.kind]);
  const values: MessageValues = {
    subject: event.title,
    status: kindStatus[event.kind],
    note: noteOf(event),
    time: event.facts?.when ?? event.at,
    place: event.facts?.place ?? '',
  };
  return {
    id: deliveryId('o', userId, event.dedupeKey),
    userId,
    communityId: event.communityId,
    kind: event.kind,
    templateKey: template.key,
    templateId: template.id,
    // WeChat wants the path without a leading slash.
    page: notificationPage(event.ref).replace(/^\//, ''),
    data: templateData(template, values),
    values,
    // Per template too: a to-do reminder must not swallow a matter-progress message (other credits).
    digestKey: isDigested(event.kind) ? `${digestKey(userId, event.ref.type, event.ref.id)}:${template.key}` : null,
    status: 'pending',
    attempts: 0,
    // Quiet hours: written now, sent from 07:00 Shanghai. The inbox shows it at once.
    notBefore: nextSendableAt(event.at),
    expiresAt: event.expiresAt ?? null,
    claimToken: null,
    claimedUntil: null,
    lastError: '',
    mergedInto: null,
    creditTaken: false,
    createdAt: event.at,
    updatedAt: event.at,
    sentAt: null,
  };
}

/**
 * Titles, places and reasons are someone's words (a topic, a rating, a reason): a WeChat message
 * leaves without passing an answer's schema, so it gets the same masking here.
 */
function masked(event: NotificationEvent): NotificationEvent {
  // Every word in the facts (a place, a reason, the name of a resident ordered for) is masked,
  // whatever facts a kind carries; the time is a number and passes as it is.
  const facts =
    event.facts &&
    (Object.fromEntries(
      Object.entries(event.facts).map(([key, value]) => [key, typeof value === 'string' ? maskFreeText(value) : value]),
    ) as NotificationFacts);
  return { ...event, title: maskFreeText(event.title), ...(facts ? { facts } : {}) };
}

/**
 * Tells people about an event: one inbox entry and one outbox row per person, written through the
 * storage, so on SQLite they commit or roll back with the change that caused them (the handler
 * runs each call as one unit of work). The dispatcher sends the outbox later.
 */
export async function notify(deps: Pick<Deps, 'storage' | 'templates'>, unmasked: NotificationEvent): Promise<void> {
  const event = masked(unmasked);
  const userIds = [...new Set(event.userIds)];
  if (userIds.length === 0) return;
  await deps.storage.notifications.record(
    userIds.map((userId) => inboxEntryFor(event, userId)),
    userIds.map((userId) => outboxRowFor(event, userId, deps.templates)),
  );
}
