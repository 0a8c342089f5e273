import { memoryExportFiles } from '../cloudfunctions/lib/adapters/system/memoryExportFiles';
import { memoryOpenDataFiles } from '../cloudfunctions/lib/adapters/system/memoryOpenDataFiles';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { localContentChecker } from '../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localPhoneNumbers } from '../cloudfunctions/lib/adapters/wechat/localPhoneNumbers';
import { localFileUrls, memoryUploadLedger } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { localSubscribeGateway } from '../cloudfunctions/lib/adapters/wechat/localSubscribeGateway';
import type { Deps } from '../cloudfunctions/lib/deps';
import { randomIds } from '../cloudfunctions/lib/adapters/system/ids';
import { silentLogger } from '../cloudfunctions/lib/adapters/system/logger';
import { dispatchOutbox } from '../cloudfunctions/lib/services/notifications/dispatch';
import { notify } from '../cloudfunctions/lib/services/notifications/notify';
import { startHost } from '../host/app';
import { hostConfigFromEnv } from '../host/config';
import { seedDemoData } from '../host/seed';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { templateByKey } from '@domain/notifications/templates';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { benchResident, devLogin } from './benchUsers';
import { percentile, round } from './stats';

const USERS = 500;
const EVENTS = 10_000;
const INBOX_OWNER = 'u-resident-li';
const INBOX_ENTRIES = 2_000;
const LATENCY_SAMPLES = 300;

/**
 * Notifications on SQLite: writing events (inbox + outbox in one transaction), draining the
 * outbox with two dispatchers at once (every row sent exactly once), and the inbox through the
 * host's HTTP API for a user with 2,000 messages. The clock is 10:00 Shanghai so quiet hours
 * never hold the run back, whatever time the bench is started.
 */
export async function notificationBench(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-notify-'));
  try {
    const storage = openSqliteStorage(path.join(dataDir, 'minqing.sqlite'));
    const at = shanghaiWallClockToMs(shanghaiDateOf(Date.now()), '10:00');
    const deps = benchDeps(storage, at);
    await seedDemoData(storage, at);
    await seedUsers(storage, at);
    const write = await writeEvents(deps, at);
    const drain = await drainTwice(deps);
    await storage.close();
    return { ...write, ...drain, ...(await inboxLatency(dataDir)) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function benchDeps(storage: SqliteStorage, at: number): Deps & { gateway: ReturnType<typeof localSubscribeGateway> } {
  return {
    storage,
    clock: { now: () => at },
    ids: randomIds,
    logger: silentLogger,
    content: localContentChecker(() => ({ deliver: async () => {} }) as never),
    files: localFileUrls(memoryUploadLedger()),
    exportFiles: memoryExportFiles(),
    openDataFiles: memoryOpenDataFiles(),
    phoneNumbers: localPhoneNumbers(),
    gateway: localSubscribeGateway(),
    templates: deploymentTemplates,
  };
}

async function seedUsers(storage: SqliteStorage, now: number): Promise<void> {
  const templateId = templateByKey(deploymentTemplates, 'bookingResult').id;
  for (let i = 0; i < USERS; i += 1) {
    const user = benchResident(`u-notify-bench-${i}`, 'c-dongmen', now);
    await storage.users.createIfAbsent(user);
    for (let c = 0; c < EVENTS / USERS; c += 1) await storage.subscriptions.grant(user.id, templateId, now);
  }
}

/** One booking confirmation per event, each in its own unit of work as a service call would be. */
async function writeEvents(deps: Deps, at: number) {
  const samples: number[] = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const started = performance.now();
    await deps.storage.unitOfWork(() =>
      notify(deps, {
        kind: 'booking_confirmed',
        userIds: [`u-notify-bench-${i % USERS}`],
        communityId: 'c-dongmen',
        ref: { type: 'booking', id: `b-${i}` },
        title: '楼道灯坏了想当面说',
        facts: { when: at + 86_400_000, place: '东门社区红帆驿站' },
        dedupeKey: `booking_confirmed:b-${i}`,
        at,
      }),
    );
    samples.push(performance.now() - started);
  }
  for (let i = 0; i < INBOX_ENTRIES; i += 1) {
    await notify(deps, {
      kind: 'official_reply',
      userIds: [INBOX_OWNER],
      communityId: 'c-dongmen',
      ref: { type: 'matter', id: `m-${i % 50}` },
      title: '东门停车难',
      dedupeKey: `official_reply:bench-${i}`,
      at: at - i * 1000,
    });
  }
  return {
    'notifications.events': EVENTS,
    'notifications.notifyP50Ms': round(percentile(samples, 50), 3),
    'notifications.notifyP95Ms': round(percentile(samples, 95), 3),
  };
}

/** Two dispatchers drain the same outbox concurrently; every row must go out exactly once. */
async function drainTwice(deps: Deps & { gateway: ReturnType<typeof localSubscribeGateway> }) {
  const started = performance.now();
  for (;;) {
    const [a, b] = await Promise.all([dispatchOutbox(deps, 500), dispatchOutbox(deps, 500)]);
    if (a.sent + b.sent + a.skipped + b.skipped + a.merged + b.merged + a.deferred + b.deferred === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const perBooking = new Map<string, number>();
  for (const send of deps.gateway.sends) perBooking.set(send.page, (perBooking.get(send.page) ?? 0) + 1);
  const duplicates = [...perBooking.values()].filter((n) => n > 1).length;
  const bookingSends = [...perBooking.keys()].filter((p) => p.includes('bookingId=')).length;
  return {
    'notifications.dispatch.sentBookingMessages': bookingSends,
    'notifications.dispatch.duplicateSends': duplicates,
    'notifications.dispatch.rowsPerSecond': Math.round(EVENTS / seconds),
  };
}

async function inboxLatency(dataDir: string) {
  const host = await startHost(
    { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true },
    { logger: silentLogger },
  );
  try {
    const token = await devLogin(host.url, INBOX_OWNER);
    const call = async (action: string, data: object = {}) => {
      const response = await fetch(`${host.url}/api/notification`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action, data }),
      });
      return (await response.json()) as { ok: boolean; data: { nextCursor?: string | null } };
    };
    const time = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < 30; i += 1) await run();
      const samples: number[] = [];
      for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
        const started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
      return samples;
    };
    let cursor: string | null | undefined;
    const inbox = await time(async () => {
      const page = await call('inbox', cursor ? { cursor } : {});
      cursor = page.data.nextCursor;
    });
    const unread = await time(() => call('unreadCount'));
    return {
      'notifications.inboxEntries': INBOX_ENTRIES,
      'notifications.inboxP50Ms': round(percentile(inbox, 50)),
      'notifications.inboxP95Ms': round(percentile(inbox, 95)),
      'notifications.unreadCountP95Ms': round(percentile(unread, 95)),
    };
  } finally {
    await host.close();
  }
}
