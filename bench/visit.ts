import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { silentLogger } from '../cloudfunctions/lib/adapters/system/logger';
import { startHost } from '../host/app';
import { hostConfigFromEnv } from '../host/config';
import { seedDemoData } from '../host/seed';
import { upcomingVisitDays } from '@domain/visits/days';
import { benchResident, devLogin } from './benchUsers';
import { percentile, round } from './stats';

const COMMUNITY = 'c-dongmen';
const RESIDENTS = 400;
const CONTENTION_ATTEMPTS = 200;
const CONTENTION_CAPACITY = 20;
const LATENCY_SAMPLES = 300;

/**
 * 民意5来听 through the local host's HTTP API: 200 residents book one slot of 20 seats at the
 * same moment (nobody may be over-booked), then booking latency one request at a time.
 */
export async function visitBench(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-visit-'));
  try {
    await seed(dataDir);
    const host = await startHost(
      { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true },
      { logger: silentLogger },
    );
    try {
      return await measure(host.url, host.storage);
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seed(dataDir: string): Promise<void> {
  const storage = openSqliteStorage(path.join(dataDir, 'minqing.sqlite'));
  const now = Date.now();
  await seedDemoData(storage, now);
  for (let i = 0; i < RESIDENTS; i += 1)
    await storage.users.createIfAbsent(benchResident(`u-visit-bench-${i}`, COMMUNITY, now));
  await storage.close();
}

async function call(url: string, token: string, body: unknown) {
  const response = await fetch(`${url}/api/visit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; data?: any; code?: string };
}

let counter = 0;
const requestId = () => `bench-visit-${Date.now().toString(36)}-${(counter += 1)}`;

async function measure(url: string, storage: Awaited<ReturnType<typeof startHost>>['storage']) {
  // Booking stays open until 18:00 the day before: skip a visit day that is tomorrow or today.
  const [first, second, third] = upcomingVisitDays(Date.now() + 2 * 86_400_000, 3);
  const cadre = await devLogin(url, 'u-cadre-liu');
  const publish = async (date: string, capacity: number, start: string) => {
    const answer = await call(url, cadre, {
      action: 'publishSlots',
      data: {
        communityId: COMMUNITY,
        date,
        slots: [
          {
            start,
            end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`,
            mode: 'station',
            place: '红帆驿站',
            capacity,
          },
        ],
      },
      requestId: requestId(),
    });
    if (!answer.ok) throw new Error(`publish failed: ${JSON.stringify(answer)}`);
    return answer.data.slots[0].id as string;
  };
  const tokens = await Promise.all(Array.from({ length: RESIDENTS }, (_, i) => devLogin(url, `u-visit-bench-${i}`)));
  const book = (token: string, slotId: string) =>
    call(url, token, {
      action: 'book',
      data: { slotId, topic: '想反映小区停车问题', address: '', phone: '13800000000' },
      requestId: requestId(),
    });

  const contended = await publish(first, CONTENTION_CAPACITY, '09:00');
  const answers = await Promise.all(tokens.slice(0, CONTENTION_ATTEMPTS).map((token) => book(token, contended)));
  const booked = answers.filter((a) => a.ok && a.data.status === 'booked').length;
  const waitlisted = answers.filter((a) => a.ok && a.data.status === 'waitlisted').length;
  const slot = await storage.slots.findById(contended);
  const holders = (await storage.bookings.listBySlot(contended)).filter((b) => b.state === 'booked').length;

  // Latency: 200 residents who did not contend book roomy slots on the next visit day, then again
  // on the one after (one booking per resident per day).
  const times = ['09:00', '10:00', '14:00', '15:00'];
  const secondDay: string[] = [];
  for (const time of times) secondDay.push(await publish(second, 50, time));
  const thirdDay = [await publish(third, 50, '09:00'), await publish(third, 50, '10:00')];
  const calm = tokens.slice(CONTENTION_ATTEMPTS);
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
    const onSecond = i < calm.length;
    const index = onSecond ? i : i - calm.length;
    const slotId = onSecond ? secondDay[Math.floor(index / 50)] : thirdDay[Math.floor(index / 50)];
    const started = performance.now();
    const answer = await book(calm[index], slotId);
    samples.push(performance.now() - started);
    if (!answer.ok) throw new Error(`bench booking failed: ${JSON.stringify(answer)}`);
  }
  return {
    'visit.contention.attempts': CONTENTION_ATTEMPTS,
    'visit.contention.capacity': CONTENTION_CAPACITY,
    'visit.contention.booked': booked,
    'visit.contention.waitlisted': waitlisted,
    'visit.contention.overbooked':
      Math.max(0, (slot?.seatsTaken ?? 0) - CONTENTION_CAPACITY) + Math.max(0, holders - CONTENTION_CAPACITY),
    'visit.bookP50Ms': round(percentile(samples, 50)),
    'visit.bookP95Ms': round(percentile(samples, 95)),
  };
}
