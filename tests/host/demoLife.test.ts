import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';
import { demoUsers } from '../../host/seed';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { matterStates } from '@domain/matters/states';
import { orderStates as allOrderStates } from '@domain/service/orders';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { caseStates } from '@domain/casework';
import { login, post } from './support/hostHarness';

/**
 * `npm start`'s living demo (host/demo): a fresh host in dev mode, real SQLite in a temp folder,
 * its clock fixed at the instant each test names, read back through the host's own API.
 */
interface DemoHost {
  host: RunningHost;
  dataDir: string;
  stop(): Promise<void>;
}

async function demoHostAt(now: number, dataDir = mkdtempSync(path.join(tmpdir(), 'mq-demo-'))): Promise<DemoHost> {
  const config = { ...hostConfigFromEnv({}), port: 0, dataDir, webRoot: path.join(dataDir, 'no-web') };
  const host = await startHost(config, { logger: silentLogger, clock: { now: () => now } });
  return {
    host,
    dataDir,
    async stop() {
      // The photos' checks arrive a tick after each raise: let them land before the database closes.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await host.close();
    },
  };
}

async function as(host: RunningHost, userId: string) {
  const { token } = await login(host, userId);
  return async (fn: string, action: string, data: object = {}) => {
    const answer = await post(
      host,
      `/api/${fn}`,
      { action, data, requestId: `req-${Math.random()}` },
      {
        authorization: `Bearer ${token}`,
      },
    );
    if (!answer.body.ok) throw new Error(`${fn}.${action} as ${userId}: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  };
}

function count(host: RunningHost, sql: string, ...params: unknown[]): number {
  return (host.storage.db.prepare(sql).get(...params) as { n: number }).n;
}

/** What every demo must offer, whatever today is: the checks behind each point of the issue. */
async function expectALivingCommunity(host: RunningHost, now: number) {
  const states = host.storage.db.prepare('SELECT state, COUNT(*) AS n FROM matters GROUP BY state').all() as {
    state: string;
    n: number;
  }[];
  expect(states.map((s) => s.state).sort()).toEqual([...matterStates].sort());
  const matters = states.reduce((sum, s) => sum + s.n, 0);
  expect(matters).toBeGreaterThanOrEqual(30);
  expect(count(host, 'SELECT COUNT(*) AS n FROM matters WHERE photos_json != ?', '[]')).toBeGreaterThanOrEqual(5);
  expect(count(host, 'SELECT COUNT(*) AS n FROM matter_supports')).toBeGreaterThanOrEqual(60);
  expect(count(host, 'SELECT COUNT(*) AS n FROM comments')).toBeGreaterThanOrEqual(30);
  expect(count(host, "SELECT COUNT(*) AS n FROM consultations WHERE minutes != ''")).toBeGreaterThanOrEqual(1);
  // Nothing the story did happens after the host's now.
  expect(count(host, 'SELECT COUNT(*) AS n FROM matters WHERE created_at > ?', now)).toBe(0);

  // A resident finds a bookable day with slots, a full one with a waitlist among them.
  const li = await as(host, 'u-resident-li');
  const { days } = await li('visit', 'days');
  const bookable = days.filter((day: { bookingOpen: boolean; slotCount: number }) => day.bookingOpen && day.slotCount);
  expect(bookable.length).toBeGreaterThanOrEqual(2);
  const next = await li('visit', 'slots', { date: bookable[0].date });
  expect(next.slots.some((slot: { seatsLeft: number; waitlistCount: number }) => slot.waitlistCount > 0)).toBe(true);
  expect(next.slots.some((slot: { seatsLeft: number }) => slot.seatsLeft > 0)).toBe(true);

  // The cadre has follow-ups still open, one of them overdue; the resident's past visits hold 民情日记.
  const { records } = await (await as(host, 'u-cadre-liu'))('visit', 'followUps');
  const open = records.filter((r: { followUp: { closedAt: number | null } }) => r.followUp && !r.followUp.closedAt);
  expect(open.length).toBeGreaterThanOrEqual(2);
  expect(open.some((r: { followUp: { dueDate: string } }) => r.followUp.dueDate < shanghaiDateOf(now))).toBe(true);
  const past = await (await as(host, 'u-resident-zhang'))('visit', 'myVisits', { when: 'past' });
  expect(past.items.some((booking: { record: unknown }) => booking.record)).toBe(true);

  // 群众点单: orders in every state, one of them 由陈秀英代办 for a resident without an account, one
  // nobody took in time; approved volunteers with hours (李明 a star), one report still waiting.
  const orderStates = host.storage.db.prepare('SELECT DISTINCT state FROM service_orders').all() as { state: string }[];
  expect(orderStates.map((o) => o.state).sort()).toEqual([...allOrderStates].sort());
  const committee = await as(host, 'u-committee-chen');
  const orders = (await committee('service', 'communityOrders', { limit: 50 })).items;
  expect(
    orders.some(
      (o: { onBehalfLine: string; resident: { id: string | null } }) =>
        o.onBehalfLine === '由陈秀英代办' && o.resident.id === null,
    ),
  ).toBe(true);
  expect(orders.some((o: { overdue: boolean }) => o.overdue)).toBe(true);
  // Her daughter 周晓燕 is named as the family to tell, and heard of the volunteer taking it.
  const familyNews = host.storage.db
    .prepare("SELECT text FROM inbox WHERE kind = 'order_claimed' AND text LIKE '您的家人王桂芝%'")
    .all();
  expect(familyNews).toHaveLength(1);
  // 孙丽 raised a 说事 for her and 陈秀英 booked her a home visit: each 由XX代办, her daughter told of both.
  const forWang = host.storage.db
    .prepare("SELECT kind, text FROM inbox WHERE text LIKE '%您的家人王桂芝%' ORDER BY kind")
    .all() as { kind: string }[];
  expect(forWang.map((row) => row.kind)).toEqual(
    expect.arrayContaining(['booking_made_for_you', 'matter_raised_on_behalf', 'order_placed_for_you']),
  );
  const volunteers = (await committee('service', 'volunteers', {})).items as {
    state: string;
    stars: number;
    name: string;
  }[];
  expect(volunteers.filter((v) => v.state === 'approved').length).toBeGreaterThanOrEqual(2);
  expect(volunteers.some((v) => v.state === 'pending')).toBe(true);
  expect(volunteers.find((v) => v.name === '李明')?.stars).toBe(1);
  const { stations } = await (await as(host, 'u-resident-zhang'))('service', 'catalogue');
  expect(stations.map((s: { walk: string }) => s.walk)).toEqual(['步行约2分钟', '步行约10分钟']);
  expect(count(host, 'SELECT COUNT(*) AS n FROM service_orders WHERE placed_at > ?', now)).toBe(0);

  // 志愿活动: one going on now (the code screen shows a code), one full with a waitlist, one open with
  // seats, one for a 红帆驿站; last week's one credited both volunteers' hours.
  const upcoming = (await committee('service', 'activities', {})).items as {
    id: string;
    phase: string;
    seatsLeft: number;
    waitlisted: number;
    stationName: string;
  }[];
  const ongoing = upcoming.find((a) => a.phase === 'ongoing');
  expect((await committee('service', 'activityCode', { activityId: ongoing?.id })).code).toMatch(/^\d{6}$/);
  expect(upcoming.some((a) => a.seatsLeft === 0 && a.waitlisted > 0)).toBe(true);
  expect(upcoming.some((a) => a.phase === 'open' && a.seatsLeft > 0)).toBe(true);
  expect(upcoming.some((a) => a.stationName === '幸福小区红帆驿站')).toBe(true);
  expect((await committee('service', 'activities', { when: 'past' })).items).toEqual([
    expect.objectContaining({ phase: 'ended', enrolled: 2 }),
  ]);
  const liHours = await (await as(host, 'u-resident-li'))('service', 'hours');
  expect(
    liHours.entries.items.some((e: { kind: string; minutes: number }) => e.kind === 'activity' && e.minutes > 0),
  ).toBe(true);

  await expectCasesInEveryState(host, now);

  // Every demo user with a part in the story has news (街呼区应's people through the case loop);
  // the admin and the newcomer have none to get.
  for (const user of demoUsers.filter((u) => u.role !== 'admin' && (u.communityIds.length > 0 || u.orgId))) {
    const inbox = await (await as(host, user.id))('notification', 'inbox');
    expect({ user: user.id, messages: inbox.items.length > 0 }).toEqual({ user: user.id, messages: true });
  }
}

interface CaseRow {
  id: string;
  title: string;
  state: string;
  overdue: boolean;
  extensionPending: boolean;
  holder: { kind: string; name: string };
  communityName: string;
}

/**
 * 街呼区应 (host/demo/cases.ts): every case state in both communities, held by each kind of body,
 * one overdue in the street's view, one extension waiting, a patrol report, one for 孙丽 to check
 * and a checked one its resident can rate.
 */
async function expectCasesInEveryState(host: RunningHost, now: number) {
  const states = host.storage.db.prepare('SELECT DISTINCT state FROM cases').all() as { state: string }[];
  expect(states.map((s) => s.state).sort()).toEqual([...caseStates].sort());
  expect(count(host, 'SELECT COUNT(*) AS n FROM cases WHERE dispatched_at > ?', now)).toBe(0);
  const zhou = await as(host, 'u-street-zhou');
  const open = (await zhou('casework', 'supervision', { limit: 50 })).items as CaseRow[];
  expect(new Set(open.map((c) => c.communityName))).toEqual(new Set(['东门社区', '西门社区']));
  expect(new Set(open.map((c) => c.holder.kind))).toEqual(new Set(['property', 'department', 'grid', 'street']));
  expect(open.find((c) => c.overdue)).toMatchObject({ state: 'dispatched', holder: { name: '区公安分局交警大队' } });
  expect(open.filter((c) => c.extensionPending)).toHaveLength(1);
  expect(open.find((c) => c.state === 'returned')).toMatchObject({ holder: { kind: 'department', name: '区城管局' } });
  const toVerify = (await (await as(host, 'u-grid-sun'))('casework', 'toVerify', {})).items as CaseRow[];
  expect(toVerify.map((c) => c.title)).toEqual(['幸福小区5号楼楼道灯坏了']);
  // The patrol report: its matter's author is the grid worker (the other she raised is 王奶奶's, 由孙丽代办).
  expect(
    count(host, "SELECT COUNT(*) AS n FROM matters WHERE author_id = 'u-grid-sun' AND on_behalf_json IS NULL"),
  ).toBe(1);
  // The checked one is resolved and waits for 张桂兰's rating.
  const rated = host.storage.db
    .prepare("SELECT m.state AS state FROM cases c JOIN matters m ON m.id = c.matter_id WHERE c.state = 'verified'")
    .all() as { state: string }[];
  expect(rated).toEqual([{ state: 'resolved' }]);
}

/** A fresh demo host whose clock reads `now`, checked, stopped and its folder removed. */
async function expectALivingCommunityAt(now: number) {
  const demo = await demoHostAt(now);
  try {
    await expectALivingCommunity(demo.host, now);
  } finally {
    await demo.stop();
    rmSync(demo.dataDir, { recursive: true, force: true });
  }
}

// Each seeding is ~300 service calls: 1-3 s alone, much longer when the suite shares two cores.
jest.setTimeout(60_000);

describe('the living demo (npm start)', () => {
  // The 5th at 19:00: today's booking closed yesterday, so the bookable days are the 15th and 25th.
  it('seeds a fresh host with every matter state, bookable days with a waitlist, follow-ups and inboxes', async () => {
    await expectALivingCommunityAt(shanghaiWallClockToMs('2026-12-05', '19:00'));
  });

  it('is not played again on a database that already has people in it', async () => {
    const now = shanghaiWallClockToMs('2026-12-08', '10:00');
    const first = await demoHostAt(now);
    const matters = count(first.host, 'SELECT COUNT(*) AS n FROM matters');
    await first.stop();
    const again = await demoHostAt(now + 86_400_000, first.dataDir);
    try {
      expect(count(again.host, 'SELECT COUNT(*) AS n FROM matters')).toBe(matters);
    } finally {
      await again.stop();
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });

  it('is off when MINQING_DEMO_LIFE=off: users and places only', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-demo-'));
    const config = { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir };
    const host = await startHost(config, { logger: silentLogger });
    try {
      expect(count(host, 'SELECT COUNT(*) AS n FROM users')).toBe(demoUsers.length);
      expect(count(host, 'SELECT COUNT(*) AS n FROM matters')).toBe(0);
      expect(count(host, 'SELECT COUNT(*) AS n FROM slots')).toBe(0);
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['the 4th', '2026-12-04', '09:00'],
    ['the 15th in the morning (its booking closed last evening)', '2027-01-15', '08:00'],
    ['the 25th', '2026-11-25', '21:00'],
    ['the 31st', '2026-12-31', '23:30'],
    ['28 February', '2027-02-28', '12:00'],
    ['1 March, after a short month', '2027-03-01', '06:30'],
  ])('works on %s', async (_, date, time) => {
    await expectALivingCommunityAt(shanghaiWallClockToMs(date, time));
  });
});
