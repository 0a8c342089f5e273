import { matterCategories } from '@domain/matters/categories';
import { caseStates, holderKinds, slaHours, slaClasses, type CaseHolder } from '@domain/casework';
import { serviceCategories } from '@domain/service/categories';
import { orderStates } from '@domain/service/orders';
import type { PeriodChoice } from '@domain/stats/period';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../cloudfunctions/lib/ports/storage';
import { seededBackend, type SeededBackend } from '../tests/support/seededBackend';
import { aCase } from '../tests/support/builders/cases';
import { aMatter } from '../tests/support/builders/matters';
import { anEntry, anOrder } from '../tests/support/builders/service';
import { aBooking, aRecord, aSlot } from '../tests/support/builders/visits';
import { addCommunities } from './casework';
import { percentile, round } from './stats';

const STREET = 's-guhuai';
const STREET_USER = 'u-street-zhou';
const MATTERS = 100_000;
/** 民意5来听: 10,000 bookings and 10,000 records written of them. */
const BOOKINGS = 10_000;
const SEATS = 10;
const ORDERS = 20_000;
const LEDGER_ENTRIES = 20_000;
const CASES = 10_000;
const SAMPLES = 100;
const DAY = 86_400_000;
/** The year the data spreads over, ending the day the bench's clock stands on. */
const YEAR_START = shanghaiWallClockToMs('2026-01-01');

/** An instant of 2026 for the n-th row, spread evenly up to `until`. */
const spread = (n: number, total: number, until: number) => YEAR_START + Math.floor(((until - YEAR_START) * n) / total);

async function addMatters(storage: Storage, communityIds: string[], now: number): Promise<void> {
  for (let n = 0; n < MATTERS; n += 1) {
    const at = spread(n, MATTERS, now);
    const matter = aMatter({
      id: `m-stats-${n}`,
      communityId: communityIds[n % communityIds.length],
      authorId: `u-res-${n % 5000}`,
      category: matterCategories[n % matterCategories.length],
      title: `第${n}件说事`,
      createdAt: at,
      updatedAt: at,
      lastActivityAt: at,
    });
    await storage.matters.create(matter, {
      id: `t-stats-${n}`,
      matterId: matter.id,
      at,
      transition: 'raise',
      fromState: null,
      toState: 'open',
      actorId: matter.authorId,
      actorRole: 'resident',
      note: '',
    });
  }
}

async function addVisits(storage: Storage, communityIds: string[], now: number): Promise<void> {
  for (let s = 0; s < BOOKINGS / SEATS; s += 1) {
    const communityId = communityIds[s % communityIds.length];
    const date = shanghaiDateOf(spread(s, BOOKINGS / SEATS, now));
    const slot = aSlot({ id: `s-stats-${s}`, communityId, cadreId: 'u-cadre-liu', date, capacity: SEATS });
    await storage.slots.create(slot);
    for (let b = 0; b < SEATS; b += 1) {
      const id = `b-stats-${s}-${b}`;
      const residentId = `u-res-${s}-${b}`;
      const createdAt = shanghaiWallClockToMs(date) - DAY;
      await storage.bookings.book(aBooking({ id, slotId: slot.id, communityId, residentId, date, createdAt }), {
        waitlist: false,
      });
      await storage.visitRecords.save(
        aRecord({
          id: `r-stats-${s}-${b}`,
          bookingId: id,
          slotId: slot.id,
          cadreId: 'u-cadre-liu',
          communityId,
          residentId,
          date,
        }),
      );
    }
  }
}

async function addService(storage: Storage, communityIds: string[], now: number): Promise<void> {
  for (let n = 0; n < ORDERS; n += 1) {
    const state = orderStates[n % orderStates.length];
    await storage.orders.place(
      anOrder({
        id: `o-stats-${n}`,
        communityId: communityIds[n % communityIds.length],
        category: serviceCategories[n % serviceCategories.length],
        state,
        claimantId: state === 'placed' || state === 'cancelled' ? null : `u-vol-${n % 500}`,
        rating: state === 'confirmed' ? 3 + (n % 3) : null,
        placedAt: spread(n, ORDERS, now),
      }),
    );
  }
  for (let n = 0; n < LEDGER_ENTRIES; n += 1) {
    await storage.hoursLedger.append(
      anEntry({
        id: `e-stats-${n}`,
        volunteerUserId: `u-vol-${n % 500}`,
        communityId: communityIds[n % communityIds.length],
        minutes: 60 + (n % 240),
        at: spread(n, LEDGER_ENTRIES, now),
      }),
    );
  }
}

function holderOf(n: number, communityId: string): CaseHolder {
  const kind = holderKinds[n % holderKinds.length];
  if (kind === 'grid') return { kind, id: `${communityId}-g1` };
  if (kind === 'property') return { kind, id: 'pc-xingfu' };
  if (kind === 'department') return { kind, id: ['dep-chengguan', 'dep-zhujian'][n % 2] };
  return { kind, id: STREET };
}

async function addCases(storage: Storage, communityIds: string[], now: number): Promise<void> {
  for (let n = 0; n < CASES; n += 1) {
    const communityId = communityIds[n % communityIds.length];
    const dispatchedAt = spread(n, CASES, now);
    const slaClass = slaClasses[n % slaClasses.length];
    const state = caseStates[n % caseStates.length];
    const dueAt = dispatchedAt + slaHours[slaClass] * 3_600_000;
    const answered = state === 'handled' || state === 'verified';
    await storage.cases.create(
      aCase({
        id: `k-stats-${n}`,
        matterId: `m-stats-${n}`,
        communityId,
        streetId: STREET,
        holder: holderOf(n, communityId),
        slaClass,
        state,
        dispatchedAt,
        dueAt,
        feedback: answered
          ? { text: '已处理', photoIds: [], at: dueAt + (n % 3 === 0 ? 1 : -1) * 3_600_000, by: 'u-h' }
          : null,
        nextReminderAt: null,
        updatedAt: dispatchedAt,
      }),
    );
  }
}

/** Everything in one transaction: the bench measures the dashboard, not the inserts. */
async function fill(backend: SeededBackend): Promise<number> {
  const { storage } = backend;
  const now = backend.deps.clock.now();
  const communityIds = await addCommunities(storage);
  await storage.unitOfWork(async () => {
    await addMatters(storage, communityIds, now);
    await addVisits(storage, communityIds, now);
    await addService(storage, communityIds, now);
    await addCases(storage, communityIds, now);
  });
  await storage.users.assignRole(STREET_USER, { role: 'street', communityIds, gridIds: [], orgId: STREET }, now);
  return communityIds.length;
}

const choices: PeriodChoice[] = [
  { kind: 'thisMonth' },
  { kind: 'lastMonth' },
  { kind: 'thisYear' },
  { kind: 'custom', from: '2026-03-01', to: '2026-08-31' },
];

/**
 * The street's dashboard (issue 16) on SQLite through the real handler and services: 50
 * communities, 100,000 matters, 10,000 bookings and 10,000 visit records, 20,000 orders, 20,000
 * hours entries and 10,000 cases over 2026, asked 100 times by a street user over its 50
 * communities, the periods in turn. Whatever sections are registered when it runs are computed.
 * (`stats.exportSeconds`, a year's ledger of one community, is the ledgers' bench: it goes beside
 * this one in run.ts.)
 */
export async function statsDashboardBench(): Promise<Record<string, number>> {
  const backend = await seededBackend({ storage: openSqliteStorage(':memory:') });
  try {
    const started = performance.now();
    const communities = await fill(backend);
    const seededMs = performance.now() - started;
    const samples: number[] = [];
    let sections = 0;
    for (let i = 0; i < SAMPLES; i += 1) {
      const input = { period: choices[i % choices.length] };
      const t0 = performance.now();
      const answer = await backend.call('stats', STREET_USER, 'dashboard', input);
      samples.push(performance.now() - t0);
      if (!answer.ok) throw new Error(`bench stats.dashboard refused: ${answer.code} ${answer.message}`);
      sections = answer.data.sections.length;
    }
    return {
      'stats.communities': communities,
      'stats.matters': MATTERS,
      'stats.visits': BOOKINGS * 2,
      'stats.orders': ORDERS,
      'stats.cases': CASES,
      'stats.dashboardSections': sections,
      'stats.seedSeconds': round(seededMs / 1000, 1),
      'stats.dashboardSamples': samples.length,
      'stats.dashboardP50Ms': round(percentile(samples, 50)),
      'stats.dashboardP95Ms': round(percentile(samples, 95)),
    };
  } finally {
    await backend.storage.close();
  }
}

// `npx tsx bench/statsDashboard.ts`: this measure alone.
if (require.main === module) {
  statsDashboardBench()
    .then((results) => console.log(results))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
