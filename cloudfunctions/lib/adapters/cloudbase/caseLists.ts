import { clockRunningStates, openCaseStates, type CaseState } from '@domain/casework';
import type { CaseRecord, CaseRepository, OpenCaseQuery } from '../../ports/casework';
import type { Page } from '../../ports/storage';
import { toCaseRecord } from './caseDocuments';
import type { CollectionNames } from './collections';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { fetchAllMatching, fetchKeysetPage, type Condition } from './keysetPages';
import { pageOf } from './paging';

type CaseLists = Pick<
  CaseRepository,
  'listOpen' | 'listForHolder' | 'listReminderDue' | 'listForMatter' | 'countOpenByCommunity'
>;

/** The case lists, each a range of one index in caseIndexes.ts, soonest due first. */
export function caseLists(db: CloudbaseDb, names: CollectionNames): CaseLists {
  const _ = db.command;
  const cases = () => db.collection(names.cases);

  async function dueFirst(
    conditions: Condition[],
    query: Pick<OpenCaseQuery, 'after' | 'limit'>,
    operation: string,
  ): Promise<Page<CaseRecord>> {
    const { documents, hasMore } = await fetchKeysetPage(cases(), _, {
      conditions,
      sortField: 'dueAt',
      idField: '_id',
      direction: 'asc',
      after: query.after,
      limit: query.limit,
      operation,
    });
    const items = documents.map(toCaseRecord);
    return pageOf(items, hasMore, (record) => ({ at: record.dueAt, id: record.id }));
  }

  function inStates(states: readonly CaseState[]) {
    return _.in([...new Set(states)]);
  }

  return {
    async listOpen(query) {
      const overdue = query.overdueAt !== undefined;
      const filter: Record<string, unknown> = {
        streetId: query.streetId,
        state: inStates(
          overdue
            ? clockRunningStates
            : (query.states ?? openCaseStates).filter((state) => openCaseStates.includes(state)),
        ),
      };
      if (query.communityId !== undefined) filter.communityId = query.communityId;
      if (query.holderKind !== undefined) filter.holderKind = query.holderKind;
      if (query.holderKind !== undefined && query.holderId !== undefined) filter.holderId = query.holderId;
      const conditions: Condition[] = [filter];
      if (overdue) conditions.push({ dueAt: _.lt(query.overdueAt) });
      return dueFirst(conditions, query, 'cases.listOpen');
    },
    async listForHolder(query) {
      if (query.states.length === 0) return { items: [], next: null };
      const filter = { holderKind: query.holder.kind, holderId: query.holder.id, state: inStates(query.states) };
      return dueFirst([filter], query, 'cases.listForHolder');
    },
    async listReminderDue(now, limit) {
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(`cases.listReminderDue: limit must be 0..${MAX_ROWS_PER_GET}, got ${limit}`);
      }
      if (limit === 0) return [];
      const reply = await cases()
        .where({ state: inStates(openCaseStates), nextReminderAt: _.lte(now) })
        .orderBy('nextReminderAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'cases.listReminderDue').map(toCaseRecord);
    },
    async countOpenByCommunity(streetId, overdueAt) {
      // Two aggregates on the street's index (streetId, state, dueAt): open per community, and
      // past due per community among the states whose clock runs. Counted by the database.
      const perCommunity = async (match: Record<string, unknown>, operation: string) => {
        const reply = await cases()
          .aggregate()
          .match(match)
          .group({ _id: '$communityId', count: _.aggregate.sum(1) })
          .limit(MAX_ROWS_PER_GET)
          .end();
        return new Map(rowsOf(reply, operation).map((row) => [String(row._id), Number(row.count)]));
      };
      const [open, overdue] = await Promise.all([
        perCommunity({ streetId, state: inStates(openCaseStates) }, 'cases.countOpen'),
        perCommunity({ streetId, state: inStates(clockRunningStates), dueAt: _.lt(overdueAt) }, 'cases.countOverdue'),
      ]);
      return [...open.keys()]
        .sort()
        .map((communityId) => ({ communityId, open: open.get(communityId)!, overdue: overdue.get(communityId) ?? 0 }));
    },
    async listForMatter(matterId) {
      const documents = await fetchAllMatching(cases(), _, {
        conditions: [{ matterId }],
        sortField: 'dispatchedAt',
        idField: '_id',
        direction: 'asc',
        operation: 'cases.listForMatter',
      });
      return documents.map(toCaseRecord);
    },
  };
}
