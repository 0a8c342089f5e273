import { finalCaseStates, isOpenCase, openCaseStates } from '@domain/casework';
import type { CaseChange, CaseRecord, CaseRepository } from '../../ports/casework';
import { caseStandsAsChanged, checkRerouteTarget, rerouteChange } from '../caseChanges';
import { caseClaims } from './caseClaims';
import { caseCondition, caseUpdate, toCaseDocument, toCaseRecord } from './caseDocuments';
import { caseLists } from './caseLists';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, findFirstDocument, insertIfAbsent, type CloudbaseDb } from './database';

/**
 * 街呼区应's cases. An accept is `where({ _id, state: _.in(from), holder... }).update(...)`, a
 * single-document conditional write: of concurrent ones exactly one finds the case dispatched
 * (updated === 1). A dispatch claims the matter first (caseClaims.ts), then inserts the case under
 * its own `_id`, so a retried dispatch finds both; a step to a final state releases the claim.
 */
export function createCaseRepository(db: CloudbaseDb, names: CollectionNames): CaseRepository {
  const _ = db.command;
  const cases = () => db.collection(names.cases);

  async function findById(id: string): Promise<CaseRecord | null> {
    const stored = await findDocumentById(cases(), id, 'cases.findById');
    return stored ? toCaseRecord(stored) : null;
  }

  const claims = caseClaims(db, names, findById);

  async function insert(record: CaseRecord): Promise<CaseRecord> {
    if (await insertIfAbsent(cases(), toCaseDocument(record), 'cases.create')) return record;
    const stored = await findById(record.id);
    if (!stored) throw new Error(`cases.create: ${record.id} was refused as a duplicate but cannot be read`);
    return stored;
  }

  async function create(record: CaseRecord): Promise<CaseRecord | null> {
    const existing = await findById(record.id);
    if (existing) return existing;
    if (isOpenCase(record.state) && !(await claims.claim(record.matterId, record.id, record.dispatchedAt))) {
      return null;
    }
    return insert(record);
  }

  /** The conditional write and its read-back, without touching the claim. */
  async function apply(id: string, change: CaseChange, now: number): Promise<CaseRecord | null> {
    if (change.from.length === 0) return null;
    const reply = await cases()
      .where(caseCondition(_, id, change))
      .update(caseUpdate(_, change, now));
    const applied = countOf(reply, 'updated', 'cases.change') === 1;
    const stored = await findById(id);
    if (applied) return stored;
    // 0 may also mean "already stored like this": a retry of the same change.
    return caseStandsAsChanged(stored, change) ? stored : null;
  }

  return {
    create,
    findById,
    async findOpenForMatter(matterId) {
      const stored = await findFirstDocument(
        cases(),
        { matterId, state: _.in([...openCaseStates]) },
        'cases.findOpenForMatter',
      );
      return stored ? toCaseRecord(stored) : null;
    },
    async change(id, change, now) {
      const stored = await apply(id, change, now);
      // A retry releases too: the first attempt may have lost its answer before releasing.
      if (stored && finalCaseStates.includes(stored.state)) await claims.release(stored.matterId, stored.id);
      return stored;
    },
    async reroute(id, reroute, next, now) {
      checkRerouteTarget(id, null, next);
      const previous = await apply(id, rerouteChange(reroute), now);
      if (!previous) return null;
      checkRerouteTarget(id, previous.matterId, next);
      // The withdrawn case's claim is taken over by the new one: the matter is never free between.
      const stored = await create(next);
      return stored ? { previous, next: stored } : null;
    },
    ...caseLists(db, names),
  };
}
