import { contentionThroughBundles } from '../../bench/contention/bundled';
import { seededRandom } from '../../bench/contention/prng';
import type { ContentionPlan } from '../../bench/contention/plan';
import type { LocalCloud } from '../../tools/cloudbase-local/localCloud';
import { slotsNotAddingUp } from '../support/seatHolderAudit';
import { buildBundles, startTestCloud } from './support/testCloud';

/**
 * Booking under contention through the deployed artifacts: 1,000 booking attempts from 100
 * clients at once, each a loop of calls into the built `visit` bundle, whose every database
 * request waits a random 0-20 ms at the local endpoint so the steps of concurrent calls
 * interleave as they would in the cloud (cancels and capacity changes among them). What the
 * database holds afterwards must keep the booking rules.
 */
const plan: ContentionPlan = {
  attempts: 1_000,
  clients: 100,
  residentsPerClient: 3,
  visitDays: 2,
  slotsPerDay: 4,
  maxCapacity: 6,
  cancelShare: 0.2,
  turnsPerCapacityChange: 25,
  seed: 17,
};

let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startTestCloud(await buildBundles(), { latency: { maxMs: 20, random: seededRandom(0x17) } });
}, 120_000);

afterAll(() => cloud?.close());

it('never seats more than a slot holds, and serves its waitlist in order', async () => {
  const figures = await contentionThroughBundles(cloud, plan);
  expect(figures.overbooked).toBe(0);
  expect(figures.seatCountMismatches).toBe(0);
  expect(figures.waitlistOrderViolations).toBe(0);
  expect(figures.errorSamples).toEqual([]);
  // Each seat held by exactly one booking that holds a seat (seatHolders, ADR 0011).
  expect(slotsNotAddingUp(cloud.endpoint.server)).toEqual([]);
  // The run did contend: every attempt was made through the bundle, seats filled, people waited.
  expect(figures.attempts).toBe(plan.attempts);
  expect(figures.booked).toBeGreaterThan(0);
  expect(figures.waitlisted).toBeGreaterThan(0);
  expect(figures.capacityChanges).toBeGreaterThan(0);
  // Through HTTP: the endpoint saw the database requests of every call.
  expect(cloud.endpoint.log.databaseSince(0).length).toBeGreaterThan(plan.attempts * 3);
}, 300_000);
