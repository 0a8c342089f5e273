import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';
import { delayToNextMinute } from '../../host/scheduler';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { upcomingVisitDays } from '@domain/visits/days';
import { shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';

async function post(host: RunningHost, route: string, body: unknown, token?: string) {
  const response = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; data: any };
}

describe('the host runs the notification timer', () => {
  let host: RunningHost;
  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-timers-'));
    host = await startHost(
      {
        ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }),
        port: 0,
        dataDir,
        devMode: true,
        webRoot: path.join(dataDir, 'no-web'),
      },
      { logger: silentLogger },
    );
  });
  afterAll(() => host.close());

  it('fires at the start of every minute, like the cloud trigger', () => {
    expect(delayToNextMinute(Date.UTC(2026, 11, 4, 10, 0, 0))).toBe(60_000);
    expect(delayToNextMinute(Date.UTC(2026, 11, 4, 10, 0, 45))).toBe(15_000);
    expect(delayToNextMinute(Date.UTC(2026, 11, 4, 10, 0, 59, 500))).toBe(60_500);
  });

  it('books, confirms in the inbox, and reminds once at 18:00 the evening before however often the job runs', async () => {
    const login = async (userId: string) => (await post(host, '/api/dev/login', { userId })).data.token as string;
    const cadre = await login('u-cadre-liu');
    const li = await login('u-resident-li');
    const date = upcomingVisitDays(Date.now(), 2)[1];
    const published = await post(
      host,
      '/api/visit',
      {
        action: 'publishSlots',
        requestId: 'req-publish-0001',
        data: {
          communityId: 'c-dongmen',
          date,
          slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '红帆驿站', capacity: 3 }],
        },
      },
      cadre,
    );
    expect(published.ok).toBe(true);
    const booked = await post(
      host,
      '/api/visit',
      {
        action: 'book',
        requestId: 'req-book-0001',
        data: { slotId: published.data.slots[0].id, topic: '楼道灯坏了', address: '', phone: '13805371234' },
      },
      li,
    );
    expect(booked).toMatchObject({ ok: true, data: { status: 'booked' } });
    const inbox = async () => (await post(host, '/api/notification', { action: 'inbox', data: {} }, li)).data;
    expect((await inbox()).items.map((i: { kind: string }) => i.kind)).toEqual(['booking_confirmed']);
    const eve = shanghaiWallClockToMs(addDays(date, -1), '18:00');
    const first = await post(host, '/api/dev/run-timers', { at: eve });
    expect(first).toMatchObject({ ok: true, data: { visitReminders: 1 } });
    expect(await post(host, '/api/dev/run-timers', { at: eve })).toMatchObject({
      ok: true,
      data: { visitReminders: 0 },
    });
    const after = await inbox();
    expect(after.items.map((i: { kind: string }) => i.kind)).toEqual(['visit_reminder', 'booking_confirmed']);
    expect(after.unread).toBe(2);
  });

  it('refuses a malformed run request', async () => {
    expect(await post(host, '/api/dev/run-timers', { at: 'tomorrow' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});

describe('a simulated timer run', () => {
  it('keeps its own window marks: the real timer still covers what falls due before the simulated moment', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-timers-sim-'));
    const host = await startHost(
      {
        ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }),
        port: 0,
        dataDir,
        devMode: true,
        webRoot: path.join(dataDir, 'no-web'),
      },
      { logger: silentLogger },
    );
    try {
      const future = Date.now() + 30 * 86_400_000;
      await post(host, '/api/dev/run-timers', { at: future });
      expect(await host.storage.jobRuns.lastRun('visit_reminders')).not.toBe(future);
      expect(await host.storage.jobRuns.lastRun('simulated:visit_reminders')).toBe(future);
    } finally {
      await host.close();
    }
  });
});
