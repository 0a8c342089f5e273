import { openCaseStates, slaHours, type CaseHolder, type CaseState, type SlaClass } from '@domain/casework';
import { matterCategories } from '@domain/matters/categories';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import type { CaseRecord } from '../cloudfunctions/lib/ports/casework';
import type { Storage } from '../cloudfunctions/lib/ports/storage';
import { seededBackend, type SeededBackend } from '../tests/support/seededBackend';
import { aMatter } from '../tests/support/builders/matters';
import { percentile, round } from './stats';

const STREET = 's-guhuai';
const STREET_USER = 'u-street-zhou';
const COMMUNITIES = 50;
const OPEN_CASES = 10_000;
const SAMPLES = 200;
const HOUR = 3_600_000;
const departments = ['dep-chengguan', 'dep-zhujian', 'dep-jiaojing', 'dep-shichang'];
const slaOrder: SlaClass[] = ['urgent', 'utilities', 'general', 'complex'];

/** The demo's two communities and 48 more of 古槐街道, each with two grids and a compound. */
export async function addCommunities(storage: Storage): Promise<string[]> {
  const ids = ['c-dongmen', 'c-ximen'];
  for (let i = ids.length; i < COMMUNITIES; i += 1) {
    const id = `c-bench-${i}`;
    ids.push(id);
    await storage.places.saveCommunity({
      id,
      name: `第${i}社区`,
      streetId: STREET,
      officeAddress: '',
      officePhone: '',
      reviewMattersFirst: true,
    });
    for (const g of [1, 2])
      await storage.places.saveGrid({ id: `${id}-g${g}`, name: `第${i}社区第${g}网格`, communityId: id });
    await storage.places.saveCompound({ id: `${id}-p`, name: `第${i}小区`, communityId: id, gridId: `${id}-g1` });
  }
  return ids;
}

function holderOf(n: number, communityId: string): CaseHolder {
  switch (n % 4) {
    case 0:
      return { kind: 'department', id: departments[n % departments.length] };
    case 1:
      return { kind: 'grid', id: communityId.startsWith('c-bench') ? `${communityId}-g1` : 'g-dongmen-1' };
    case 2:
      return { kind: 'property', id: 'pc-xingfu' };
    default:
      return { kind: 'street', id: STREET };
  }
}

/** One open case per matter, spread over the communities, bodies, open states and clocks; about a third overdue. */
function aCase(n: number, communityId: string, now: number): CaseRecord {
  const slaClass = slaOrder[n % slaOrder.length];
  const dispatchedAt = now - (n % 400) * HOUR;
  const state: CaseState = openCaseStates[n % openCaseStates.length];
  return {
    id: `k-bench-${n}`,
    matterId: `m-bench-${n}`,
    communityId,
    streetId: STREET,
    gridId: null,
    compoundId: null,
    category: matterCategories[n % matterCategories.length],
    holder: holderOf(n, communityId),
    slaClass,
    state,
    dispatchedAt,
    dueAt: dispatchedAt + slaHours[slaClass] * HOUR,
    dispatchedBy: 'u-committee-chen',
    override: null,
    acceptedAt: null,
    acceptedBy: null,
    returnReason: '',
    extension: null,
    longTerm: state === 'long_term' ? { plan: '纳入改造计划', reviewAt: now + 30 * 24 * HOUR } : null,
    feedback: null,
    verification: null,
    withdrawReason: '',
    previousCaseId: null,
    nextReminderAt: null,
    updatedAt: dispatchedAt,
  };
}

async function fill(backend: SeededBackend): Promise<string[]> {
  const { storage } = backend;
  const now = backend.deps.clock.now();
  const communityIds = await addCommunities(storage);
  await storage.unitOfWork(async () => {
    for (let n = 0; n < OPEN_CASES; n += 1) {
      const communityId = communityIds[n % communityIds.length];
      const matter = aMatter({ id: `m-bench-${n}`, communityId, title: `第${n}件说事`, createdAt: now - HOUR });
      await storage.matters.create(matter, {
        id: `t-bench-${n}`,
        matterId: matter.id,
        at: matter.createdAt,
        transition: 'raise',
        fromState: null,
        toState: 'open',
        actorId: matter.authorId,
        actorRole: 'resident',
        note: '',
      });
      await storage.cases.create(aCase(n, communityId, now));
    }
  });
  // The street user answers for all 50 communities (the scope an admin gives a street).
  await storage.users.assignRole(STREET_USER, { role: 'street', communityIds, gridIds: [], orgId: STREET }, now);
  return communityIds;
}

/** What the supervision page asks, in turn: the first page, the overdue ones, one community, one kind, a next page. */
function inputOf(i: number, communityIds: string[], cursor: string | undefined): object {
  switch (i % 5) {
    case 0:
      return { overdueOnly: false, limit: 20 };
    case 1:
      return { overdueOnly: true, limit: 20 };
    case 2:
      return { communityId: communityIds[i % communityIds.length], overdueOnly: false, limit: 20 };
    case 3:
      return { holderKind: 'department', holderId: departments[i % departments.length], overdueOnly: false, limit: 20 };
    default:
      return { overdueOnly: false, limit: 20, ...(cursor ? { cursor } : {}) };
  }
}

/**
 * 街呼区应's supervision view (issue 15) on SQLite through the real handler and services: 10,000
 * open cases across 50 communities of one street, and the street's page asked 200 times with
 * its filters in turn (and paged on), the whole call measured in process.
 */
export async function caseworkBench(): Promise<Record<string, number>> {
  const backend = await seededBackend({ storage: openSqliteStorage(':memory:') });
  try {
    const communityIds = await fill(backend);
    const samples: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < SAMPLES; i += 1) {
      const started = performance.now();
      const answer = await backend.call('casework', STREET_USER, 'supervision', inputOf(i, communityIds, cursor));
      samples.push(performance.now() - started);
      if (!answer.ok) throw new Error(`bench casework.supervision refused: ${answer.code} ${answer.message}`);
      if (i % 5 === 0 || i % 5 === 4) cursor = answer.data.nextCursor ?? undefined;
    }
    return {
      'casework.openCases': OPEN_CASES,
      'casework.communities': communityIds.length,
      'casework.supervisionSamples': samples.length,
      'casework.supervisionP50Ms': round(percentile(samples, 50)),
      'casework.supervisionP95Ms': round(percentile(samples, 95)),
    };
  } finally {
    await backend.storage.close();
  }
}
