import { localPhoneNumbers } from '../../cloudfunctions/lib/adapters/wechat/localPhoneNumbers';
import type { Deps } from '../../cloudfunctions/lib/deps';
import type { Clock } from '../../cloudfunctions/lib/ports/clock';
import type { IdGenerator } from '../../cloudfunctions/lib/ports/ids';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { localContentChecker } from '../../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localFileUrls, memoryUploadLedger } from '../../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { memoryExportFiles } from '../../cloudfunctions/lib/adapters/system/memoryExportFiles';
import { memoryOpenDataFiles } from '../../cloudfunctions/lib/adapters/system/memoryOpenDataFiles';
import { localSubscribeGateway } from '../../cloudfunctions/lib/adapters/wechat/localSubscribeGateway';
import { deliveryId } from '../../cloudfunctions/lib/services/notifications/notify';
import type { InboxEntry, OutboxRow } from '../../cloudfunctions/lib/ports/notifications';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import type { NotificationKind, NotificationRef } from '@domain/notifications/kinds';
import type { MessageValues } from '@domain/notifications/templates';
import { imageVerdictSink } from '../../cloudfunctions/lib/services/matters/imageVerdicts';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { cloudbaseContextFor } from '../../host/cloudbaseContext';

/** A clock the test moves by hand. Starts at 2026-11-27 10:00 Shanghai. */
export function manualClock(start = Date.UTC(2026, 10, 27, 2, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { newId: () => `${prefix}${String((n += 1)).padStart(6, '0')}` };
}

/** One event the services notified, as the storage received it: its inbox entries and outbox rows. */
export interface Notified {
  kind: NotificationKind;
  userIds: string[];
  ref: NotificationRef;
  communityId: string;
  /** The WeChat message of the first person: subject, status, note (the reason), time, place. */
  values: MessageValues;
  /** One per person, derived from (user, dedupe key): see `withDedupeKey`. */
  inboxIds: string[];
}

/**
 * The storage, with what `notify` writes also listed in `notified` (once per event, as the
 * outbox keeps them), so service tests can say what was notified without reading the tables.
 */
function observeNotifications(storage: Storage, notified: Notified[]): Storage {
  const seen = new Set<string>();
  const record = async (entries: readonly InboxEntry[], rows: readonly OutboxRow[]) => {
    await storage.notifications.record(entries, rows);
    const [first] = entries;
    const [row] = rows;
    if (!first || !row || seen.has(first.id)) return;
    seen.add(first.id);
    notified.push({
      kind: first.kind,
      userIds: entries.map((entry) => entry.userId),
      ref: { type: first.refType, id: first.refId },
      communityId: row.communityId,
      values: row.values,
      inboxIds: entries.map((entry) => entry.id),
    });
  };
  return { ...storage, notifications: { record } };
}

/** The notified events that carried this dedupe key. */
export function withDedupeKey(notified: Notified[], dedupeKey: string): Notified[] {
  return notified.filter((event) =>
    event.userIds.some((userId) => event.inboxIds.includes(deliveryId('n', userId, dedupeKey))),
  );
}

export type TestDeps = Deps & {
  clock: ReturnType<typeof manualClock>;
  /** The host's record of who uploaded which photo: `uploads.record(fileId, userId)`. */
  uploads: ReturnType<typeof memoryUploadLedger>;
  /** What the services notified, in order: see `Notified`. */
  notified: Notified[];
  gateway: ReturnType<typeof localSubscribeGateway>;
  /** The data exports saved, by URL: a test opens the workbook. */
  exportFiles: ReturnType<typeof memoryExportFiles>;
  openDataFiles: ReturnType<typeof memoryOpenDataFiles>;
};

/**
 * Real handler dependencies over `storage`, with the local content checker (keyword list; images
 * pass asynchronously) and the recording stand-in gateway. Tests get them through `seededBackend`
 * (seededBackend.ts).
 */
export function testDeps(storage: Storage): TestDeps {
  const uploads = memoryUploadLedger();
  const notified: Notified[] = [];
  const deps: TestDeps = {
    storage: observeNotifications(storage, notified),
    clock: manualClock(),
    ids: sequentialIds(),
    logger: silentLogger,
    content: localContentChecker(() => verdicts),
    files: localFileUrls(uploads),
    exportFiles: memoryExportFiles(),
    openDataFiles: memoryOpenDataFiles(),
    phoneNumbers: localPhoneNumbers(),
    uploads,
    notified,
    gateway: localSubscribeGateway(),
    templates: deploymentTemplates,
  };
  const verdicts = imageVerdictSink(() => deps);
  return deps;
}

/** The context CloudBase would give a function called by this WeChat user. */
export function contextFor(openid: string | null) {
  return cloudbaseContextFor(openid, 'wx-test', 'test', 'req-test');
}

let counter = 0;
export function requestId(): string {
  counter += 1;
  return `test-req-${counter.toString().padStart(6, '0')}`;
}
