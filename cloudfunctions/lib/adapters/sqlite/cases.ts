import type Database from 'better-sqlite3';
import type { CaseChange, CaseRecord, CaseRepository, CaseReroute } from '../../ports/casework';
import { casePatchedFields, caseStandsAsChanged, checkRerouteTarget, rerouteChange } from '../caseChanges';
import { sqliteCaseLists } from './caseLists';
import { caseParams, casePatchColumns, insertCaseSql, toCase, type CaseRow } from './caseRows';
import { OPEN_CASE_STATES_SQL } from './migrations/v17Cases';
import { jsonOrNull, statementCache } from './queryHelpers';

/**
 * 街呼区应's cases. An accept is one conditional UPDATE (state, holder in the WHERE): SQLite runs
 * one writer at a time, so of concurrent accepts the first changes the row and every other finds
 * it accepted. One open case per matter is the partial unique index `cases_one_open_per_matter`:
 * the insert of a second one does nothing, and the dispatch that sent it gets null.
 */
export function sqliteCases(db: Database.Database): CaseRepository {
  const prepared = statementCache(db);
  const insert = db.prepare(insertCaseSql);
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const openOfMatter = db.prepare<[string], CaseRow>(
    `SELECT * FROM cases INDEXED BY cases_one_open_per_matter
     WHERE matter_id = ? AND state IN ${OPEN_CASE_STATES_SQL} LIMIT 1`,
  );

  function findById(id: string): CaseRecord | null {
    const row = byId.get(id);
    return row ? toCase(row) : null;
  }

  function create(record: CaseRecord): CaseRecord | null {
    insert.run(caseParams(record));
    // Nothing inserted and no case under this id: the matter's open case refused it.
    return findById(record.id);
  }

  function change(id: string, change: CaseChange, now: number): CaseRecord | null {
    if (change.from.length === 0) return null;
    const applied = prepared(changeSql(change)).run(changeParams(id, change, now)).changes === 1;
    const stored = findById(id);
    if (applied) return stored;
    return caseStandsAsChanged(stored, change) ? stored : null;
  }

  const createTx = db.transaction(create);
  const changeTx = db.transaction(change);
  // Thrown inside the transaction so that the withdrawal rolls back with the refused insert.
  const matterTaken = new Error('cases.reroute: the matter has another open case');
  const rerouteTx = db.transaction((id: string, reroute: CaseReroute, next: CaseRecord, now: number) => {
    checkRerouteTarget(id, null, next);
    const previous = change(id, rerouteChange(reroute), now);
    if (!previous) return null;
    checkRerouteTarget(id, previous.matterId, next);
    const stored = create(next);
    if (!stored) throw matterTaken;
    return { previous, next: stored };
  });

  return {
    async create(record) {
      return createTx(record);
    },
    async findById(id) {
      return findById(id);
    },
    async findOpenForMatter(matterId) {
      const row = openOfMatter.get(matterId);
      return row ? toCase(row) : null;
    },
    async change(id, caseChange, now) {
      return changeTx(id, caseChange, now);
    },
    async reroute(id, reroute, next, now) {
      try {
        return rerouteTx(id, reroute, next, now);
      } catch (error) {
        if (error === matterTaken) return null;
        throw error;
      }
    },
    ...sqliteCaseLists(db, prepared),
  };
}

/** `UPDATE cases SET <patched columns> WHERE id AND state IN from [AND holder] [AND ...]`. */
function changeSql(change: CaseChange): string {
  const assignments = [
    ...casePatchedFields(change).map(([field]) => `${casePatchColumns[field].column} = @${field}`),
    'updated_at = @now',
  ];
  const conditions = ['id = @id', 'state IN (SELECT value FROM json_each(@from))'];
  if (change.holder) conditions.push('holder_kind = @holderKind AND holder_id = @holderId');
  if (change.notHandledBy !== undefined) conditions.push('(handled_by IS NULL OR handled_by != @notHandledBy)');
  if (change.extensionIs === 'none') conditions.push('extension_json IS NULL');
  if (change.extensionIs === 'pending') conditions.push(`json_extract(extension_json, '$.decision') = 'pending'`);
  return `UPDATE cases SET ${assignments.join(', ')} WHERE ${conditions.join(' AND ')}`;
}

function changeParams(id: string, change: CaseChange, now: number): Record<string, unknown> {
  const values = casePatchedFields(change).map(([field, value]) => [
    field,
    casePatchColumns[field].json ? jsonOrNull(value) : value,
  ]);
  return {
    ...Object.fromEntries(values),
    id,
    now,
    from: JSON.stringify(change.from),
    ...(change.holder ? { holderKind: change.holder.kind, holderId: change.holder.id } : {}),
    ...(change.notHandledBy !== undefined ? { notHandledBy: change.notHandledBy } : {}),
  };
}
