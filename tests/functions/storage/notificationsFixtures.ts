import type { OutboxResult } from '../../../cloudfunctions/lib/ports/notifications';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';

/** What the suite needs of a storage: the notification ports and the two timer queries. */
export type NotificationsStorage = Pick<
  Storage,
  | 'notifications'
  | 'inbox'
  | 'outbox'
  | 'subscriptions'
  | 'jobRuns'
  | 'unitOfWork'
  | 'matters'
  | 'visitRecords'
  | 'close'
>;

export const LEASE = 60_000;
export const WINDOW = 3_600_000;

export function sent(at: number, attempts = 1): OutboxResult {
  return { status: 'sent', attempts, notBefore: at, lastError: '', sentAt: at };
}
