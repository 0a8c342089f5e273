import type { CaseRepository } from '../../../cloudfunctions/lib/ports/casework';
import type { CaseRecord } from '../../../cloudfunctions/lib/ports/casework';
import type { Page } from '../../../cloudfunctions/lib/ports/storage';
import type { CursorPosition } from '../../../src/domain/pagination';
import { DEPARTMENT, DISPATCH_AT, HOUR_MS, PROPERTY, aCase } from '../../support/builders/cases';

interface CaseStorage {
  cases: CaseRepository;
  close(): Promise<void>;
}

const T = DISPATCH_AT;
const OTHER_DEPARTMENT = { kind: 'department', id: 'd-zj' } as const;

/**
 * A street's cases, one matter each: due times with ties (broken by id), two communities, three
 * bodies, every state, and one case of another street.
 */
const scene: CaseRecord[] = [
  aCase({ id: 'k01', matterId: 'm01', dueAt: T + 5 * HOUR_MS }),
  aCase({
    id: 'k02',
    matterId: 'm02',
    dueAt: T + 3 * HOUR_MS,
    holder: { ...DEPARTMENT },
    state: 'accepted',
    acceptedAt: T + 1,
    acceptedBy: 'u-d',
  }),
  aCase({
    id: 'k03',
    matterId: 'm03',
    dueAt: T + 3 * HOUR_MS,
    communityId: 'c2',
    state: 'returned',
    returnReason: '不归我管',
  }),
  aCase({ id: 'k04', matterId: 'm04', dueAt: T + 1 * HOUR_MS, holder: { ...DEPARTMENT }, state: 'long_term' }),
  aCase({
    id: 'k05',
    matterId: 'm05',
    dueAt: T + 2 * HOUR_MS,
    communityId: 'c2',
    holder: { ...OTHER_DEPARTMENT },
    state: 'handled',
  }),
  aCase({ id: 'k06', matterId: 'm06', dueAt: T + 4 * HOUR_MS, state: 'verified', nextReminderAt: null }),
  aCase({ id: 'k07', matterId: 'm07', dueAt: T + 4 * HOUR_MS, state: 'withdrawn', withdrawReason: '重复' }),
  aCase({ id: 'k08', matterId: 'm08', dueAt: T + 3 * HOUR_MS, holder: { ...DEPARTMENT } }),
  aCase({ id: 'k09', matterId: 'm09', dueAt: T + 6 * HOUR_MS, communityId: 'c2' }),
  aCase({ id: 'k10', matterId: 'm10', dueAt: T + 2 * HOUR_MS, streetId: 's2', communityId: 'c9' }),
];

const ids = (records: readonly CaseRecord[]) => records.map((r) => r.id);

/** Every page of a list, `limit` at a time. */
async function allPages(read: (after: CursorPosition | null) => Promise<Page<CaseRecord>>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: CursorPosition | null = null;
  for (let guard = 0; guard < 20; guard += 1) {
    const page: Page<CaseRecord> = await read(after);
    pages.push(ids(page.items));
    if (!page.next) return pages;
    after = page.next;
  }
  throw new Error('the pages never end');
}

export function describeCaseListsContract(adapterName: string, openEmpty: () => Promise<CaseStorage>): void {
  describe(`case lists storage contract: ${adapterName}`, () => {
    let storage: CaseStorage;
    let cases: CaseRepository;
    beforeEach(async () => {
      storage = await openEmpty();
      ({ cases } = storage);
      for (const record of scene) expect(await cases.create(record)).toEqual(record);
    });
    afterEach(async () => {
      await storage.close();
    });

    it("lists a street's open cases soonest due first, ties by id, page by page", async () => {
      const open = (after: CursorPosition | null) => cases.listOpen({ streetId: 's1', after, limit: 2 });
      expect(await allPages(open)).toEqual([['k04', 'k05'], ['k02', 'k03'], ['k08', 'k01'], ['k09']]);
      const first = await cases.listOpen({ streetId: 's1', after: null, limit: 10 });
      expect(first.next).toBeNull();
      expect(first.items[0]).toEqual(scene[3]);
      expect(ids((await cases.listOpen({ streetId: 's2', after: null, limit: 10 })).items)).toEqual(['k10']);
      expect((await cases.listOpen({ streetId: 's9', after: null, limit: 10 })).items).toEqual([]);
    });

    it('filters the street view by community, by kind of body and by one body', async () => {
      const list = async (filter: object) =>
        ids((await cases.listOpen({ streetId: 's1', after: null, limit: 20, ...filter })).items);
      expect(await list({ communityId: 'c2' })).toEqual(['k05', 'k03', 'k09']);
      expect(await list({ holderKind: 'department' })).toEqual(['k04', 'k05', 'k02', 'k08']);
      expect(await list({ holderKind: 'department', holderId: 'd-cg' })).toEqual(['k04', 'k02', 'k08']);
      expect(await list({ holderKind: 'property', communityId: 'c1' })).toEqual(['k01']);
      expect(await list({ holderKind: 'department', holderId: 'd-zj', communityId: 'c1' })).toEqual([]);
      // The cases waiting for the on-site check; a final state asked for is never open.
      expect(await list({ states: ['handled'] })).toEqual(['k05']);
      expect(await list({ states: ['handled', 'returned'], communityId: 'c2' })).toEqual(['k05', 'k03']);
      expect(await list({ states: ['verified'] })).toEqual([]);
      const pages = await allPages((after) =>
        cases.listOpen({ streetId: 's1', holderKind: 'department', holderId: 'd-cg', after, limit: 1 }),
      );
      expect(pages).toEqual([['k04'], ['k02'], ['k08']]);
    });

    it('lists as overdue only the cases past due whose clock runs', async () => {
      const overdue = async (at: number, filter: object = {}) =>
        ids((await cases.listOpen({ streetId: 's1', overdueAt: at, after: null, limit: 20, ...filter })).items);
      // k04 (挂账) and k05 (handled) are past due too, but their clock stops.
      expect(await overdue(T + 3 * HOUR_MS)).toEqual([]);
      expect(await overdue(T + 3 * HOUR_MS + 1)).toEqual(['k02', 'k03', 'k08']);
      expect(await overdue(T + 100 * HOUR_MS, { communityId: 'c2' })).toEqual(['k03', 'k09']);
      const pages = await allPages((after) =>
        cases.listOpen({ streetId: 's1', overdueAt: T + 100 * HOUR_MS, after, limit: 2 }),
      );
      expect(pages).toEqual([['k02', 'k03'], ['k08', 'k01'], ['k09']]);
    });

    it("lists a body's inbox in the states asked, soonest due first", async () => {
      const inbox = (states: CaseRecord['state'][], after: CursorPosition | null = null, limit = 20) =>
        cases.listForHolder({ holder: { ...DEPARTMENT }, states, after, limit });
      expect(ids((await inbox(['dispatched', 'accepted', 'long_term'])).items)).toEqual(['k04', 'k02', 'k08']);
      expect(ids((await inbox(['dispatched'])).items)).toEqual(['k08']);
      expect(ids((await inbox([])).items)).toEqual([]);
      expect(await allPages((after) => inbox(['dispatched', 'accepted', 'long_term'], after, 2))).toEqual([
        ['k04', 'k02'],
        ['k08'],
      ]);
      const property = await cases.listForHolder({
        holder: { ...PROPERTY },
        states: ['verified', 'withdrawn', 'returned'],
        after: null,
        limit: 20,
      });
      expect(ids(property.items)).toEqual(['k03', 'k06', 'k07']);
    });

    it('gives the timer the open cases whose reminder is due, the longest waiting first', async () => {
      const reminderAt = aCase().nextReminderAt!;
      expect(await cases.listReminderDue(reminderAt - 1, 10)).toEqual([]);
      // Every open case of the scene shares the reminder time: ties go by id; final ones never come.
      expect(ids(await cases.listReminderDue(reminderAt, 10))).toEqual([
        'k01',
        'k02',
        'k03',
        'k04',
        'k05',
        'k08',
        'k09',
        'k10',
      ]);
      expect(ids(await cases.listReminderDue(reminderAt, 3))).toEqual(['k01', 'k02', 'k03']);
      await cases.create(aCase({ id: 'k11', matterId: 'm11', nextReminderAt: reminderAt - 5 }));
      expect(ids(await cases.listReminderDue(reminderAt, 2))).toEqual(['k11', 'k01']);
      expect(await cases.listReminderDue(reminderAt, 0)).toEqual([]);
    });

    it("counts a street's open cases per community, and the overdue ones whose clock runs", async () => {
      expect(await cases.countOpenByCommunity('s1', T)).toEqual([
        { communityId: 'c1', open: 4, overdue: 0 },
        { communityId: 'c2', open: 3, overdue: 0 },
      ]);
      // Past every due time: k04 (挂账) and k05 (handled) are open but their clock stops.
      expect(await cases.countOpenByCommunity('s1', T + 100 * HOUR_MS)).toEqual([
        { communityId: 'c1', open: 4, overdue: 3 },
        { communityId: 'c2', open: 3, overdue: 2 },
      ]);
      expect(await cases.countOpenByCommunity('s1', T + 3 * HOUR_MS + 1)).toEqual([
        { communityId: 'c1', open: 4, overdue: 2 },
        { communityId: 'c2', open: 3, overdue: 1 },
      ]);
      expect(await cases.countOpenByCommunity('s9', T)).toEqual([]);
    });

    it("lists a matter's cases oldest dispatch first", async () => {
      await cases.create(aCase({ id: 'k20', matterId: 'm20', state: 'withdrawn', dispatchedAt: T + 10 }));
      await cases.create(aCase({ id: 'k19', matterId: 'm20', state: 'withdrawn', dispatchedAt: T + 20 }));
      await cases.create(aCase({ id: 'k21', matterId: 'm20', dispatchedAt: T + 20 }));
      expect(ids(await cases.listForMatter('m20'))).toEqual(['k20', 'k19', 'k21']);
      expect(await cases.listForMatter('m-none')).toEqual([]);
    });
  });
}
