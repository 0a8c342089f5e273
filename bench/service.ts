import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { silentLogger } from '../cloudfunctions/lib/adapters/system/logger';
import { startHost } from '../host/app';
import { hostConfigFromEnv } from '../host/config';
import { seedDemoData } from '../host/seed';
import { shanghaiDateOf } from '@domain/time';
import { MAX_OPEN_ORDERS } from '../cloudfunctions/lib/services/service/placeOrder';
import { benchResident, devLogin } from './benchUsers';
import { percentile, round } from './stats';

const COMMUNITY = 'c-dongmen';
const CLAIMANTS = 120;
const ORDERERS = 20;
const COMMITTEE = 'u-committee-chen';

/**
 * 群众点单 through the local host's HTTP API: 120 approved volunteers claim one order at the same
 * moment (exactly one may win), then placing an order, one request at a time (20 residents, up to
 * their 10 open orders each). And 志愿活动: the same 120 volunteers sign up at the same moment for
 * an activity of 10 seats (never more than 10 enrolled, the rest waitlisted in order).
 */
export async function serviceBench(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-service-'));
  try {
    const storage = openSqliteStorage(path.join(dataDir, 'minqing.sqlite'));
    const now = Date.now();
    await seedDemoData(storage, now);
    for (let i = 0; i < CLAIMANTS + ORDERERS; i += 1) {
      await storage.users.createIfAbsent(benchResident(`u-service-bench-${i}`, COMMUNITY, now));
    }
    await storage.close();
    const host = await startHost(
      { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true },
      { logger: silentLogger },
    );
    try {
      return await measure(host.url);
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let counter = 0;
const requestId = () => `bench-service-${Date.now().toString(36)}-${(counter += 1)}`;

async function call(url: string, token: string, action: string, data: unknown) {
  const response = await fetch(`${url}/api/service`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action, data, requestId: requestId() }),
  });
  return (await response.json()) as { ok: boolean; data?: any; code?: string };
}

async function must(url: string, token: string, action: string, data: unknown) {
  const answer = await call(url, token, action, data);
  if (!answer.ok) throw new Error(`bench service.${action} refused: ${JSON.stringify(answer)}`);
  return answer.data;
}

async function measure(url: string) {
  const committee = await devLogin(url, COMMITTEE);
  const { items } = await must(url, committee, 'adoptStarterMenu', {});
  const order = {
    itemId: items[0].id,
    details: '帮忙续办老年证，证件照已备好',
    wantedDate: shanghaiDateOf(Date.now() + 86_400_000),
    wantedPeriod: 'morning',
    address: '幸福小区3号楼2单元501',
    contactPhone: '13800138000',
  };
  const tokens = await Promise.all(
    Array.from({ length: CLAIMANTS + ORDERERS }, (_, i) => devLogin(url, `u-service-bench-${i}`)),
  );
  const volunteers = tokens.slice(0, CLAIMANTS);
  for (const token of volunteers) {
    const { volunteer } = await must(url, token, 'reportVolunteer', { partyMember: true, categories: ['errand'] });
    await must(url, committee, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  }
  const orderers = tokens.slice(CLAIMANTS);
  const contended = (await must(url, orderers[0], 'placeOrder', order)).order.id;
  const claims = await Promise.all(volunteers.map((token) => call(url, token, 'claimOrder', { orderId: contended })));
  const stored = await must(url, committee, 'order', { orderId: contended });
  const signUps = await signUpContention(url, committee, volunteers);

  const samples: number[] = [];
  for (const [index, token] of orderers.entries()) {
    // The first resident placed the contended order already: one fewer open order left for them.
    const left = index === 0 ? MAX_OPEN_ORDERS - 1 : MAX_OPEN_ORDERS;
    for (let i = 0; i < left; i += 1) {
      const started = performance.now();
      await must(url, token, 'placeOrder', order);
      samples.push(performance.now() - started);
    }
  }
  return {
    'service.claimContention.claimants': claims.length,
    'service.claimContention.winners': claims.filter((a) => a.ok).length,
    'service.claimContention.storedClaimants': stored.order.claimant ? 1 : 0,
    ...signUps,
    'service.placeOrderSamples': samples.length,
    'service.placeOrderP50Ms': round(percentile(samples, 50)),
    'service.placeOrderP95Ms': round(percentile(samples, 95)),
  };
}

const ACTIVITY_SEATS = 10;

/** Every volunteer signs up at once for one activity of 10 seats; the roster then counts who got one. */
async function signUpContention(url: string, committee: string, volunteers: string[]) {
  const startAt = Date.now() + 2 * 86_400_000;
  const { activity } = await must(url, committee, 'publishActivity', {
    title: '小区环境清洁',
    place: '幸福小区南门',
    startAt,
    endAt: startAt + 2 * 3_600_000,
    signUpClosesAt: startAt - 3_600_000,
    headcount: ACTIVITY_SEATS,
  });
  const answers = await Promise.all(
    volunteers.map((token) => call(url, token, 'signUpActivity', { activityId: activity.id })),
  );
  const { lines } = await must(url, committee, 'activityRoster', { activityId: activity.id });
  const enrolled = lines.filter((l: { state: string }) => l.state === 'enrolled').length;
  const positions = lines
    .filter((l: { state: string }) => l.state === 'waitlisted')
    .map((l: { waitlistPosition: number }) => l.waitlistPosition);
  const inOrder = positions.every((p: number, i: number) => p === i + 1);
  return {
    'service.activitySignup.signups': answers.filter((a) => a.ok).length,
    'service.activitySignup.enrolled': enrolled,
    'service.activitySignup.waitlisted': positions.length,
    'service.activitySignup.overbooked': Math.max(0, enrolled - ACTIVITY_SEATS),
    'service.activitySignup.waitlistOutOfOrder': inOrder ? 0 : 1,
  };
}
