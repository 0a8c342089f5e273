import type Database from 'better-sqlite3';
import type { MatterState } from '@domain/matters/states';
import type { MatterPatch, MatterRepository, TimelineRecord } from '../../ports/matters';
import { listByUser, listFirstPage, listMatters, recentInCategory } from './matterLists';
import { moderationQueue, tallyByAuthors } from './moderationQueue';
import {
  insertMatterSql,
  insertTimelineSql,
  matterParams,
  patchAssignments,
  toMatter,
  toTimelineEntry,
  type MatterRow,
  type TimelineRow,
} from './matterRows';
import { statementCache } from './queryHelpers';

/** Supports and follows are the same shape: a (matter, user) row and a count kept on the matter. */
const relations = {
  support: { table: 'matter_supports', countColumn: 'support_count' },
  follow: { table: 'matter_follows', countColumn: 'follower_count' },
} as const;

type RelationKind = keyof typeof relations;

export function sqliteMatters(db: Database.Database): MatterRepository {
  const prepared = statementCache(db);
  const insertMatter = db.prepare(insertMatterSql);
  const insertEntry = db.prepare(insertTimelineSql);
  const byId = db.prepare<[string], MatterRow>('SELECT * FROM matters WHERE id = ?');
  const byIds = db.prepare<[string], MatterRow>('SELECT * FROM matters WHERE id IN (SELECT value FROM json_each(?))');

  const createTx = db.transaction(
    (row: ReturnType<typeof matterParams>, entry: TimelineRecord, authorFollows: boolean) => {
      insertMatter.run(row);
      insertEntry.run(entry);
      if (authorFollows) addRelationTx('follow', row.id, row.authorId, row.createdAt);
    },
  );

  // The UPDATE's `state = @expected` is the optimistic check: a matter that moved meanwhile
  // matches no row, and the timeline entry is written only with the change that it describes.
  const transitionTx = db.transaction(
    (id: string, expected: MatterState, to: MatterState, patch: MatterPatch, entry: TimelineRecord) => {
      const { assignments, params } = patchAssignments(patch);
      const set = ['state = @to', 'updated_at = @at', ...assignments].join(', ');
      const changed =
        prepared(`UPDATE matters SET ${set} WHERE id = @id AND state = @expected`).run({
          ...params,
          id,
          expected,
          to,
          at: entry.at,
        }).changes === 1;
      if (changed) insertEntry.run(entry);
      return changed;
    },
  );

  // Row and count change in one transaction, and the count moves only when the primary key let
  // a row in (or a row was there to delete): a repeated or concurrent call changes nothing.
  const addRelationTx = db.transaction((kind: RelationKind, matterId: string, userId: string, at: number) => {
    const { table, countColumn } = relations[kind];
    const insert = `INSERT INTO ${table} (matter_id, user_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`;
    const added = prepared(insert).run(matterId, userId, at).changes === 1;
    if (added) prepared(`UPDATE matters SET ${countColumn} = ${countColumn} + 1 WHERE id = ?`).run(matterId);
    return added;
  });

  const removeRelationTx = db.transaction((kind: RelationKind, matterId: string, userId: string) => {
    const { table, countColumn } = relations[kind];
    const removed =
      prepared(`DELETE FROM ${table} WHERE matter_id = ? AND user_id = ?`).run(matterId, userId).changes === 1;
    if (removed) prepared(`UPDATE matters SET ${countColumn} = ${countColumn} - 1 WHERE id = ?`).run(matterId);
    return removed;
  });

  /** Moves the rows of one relation; a user already on the kept matter keeps the row there. */
  function moveRelationRows(kind: RelationKind, fromId: string, intoId: string): void {
    const { table } = relations[kind];
    prepared(
      `INSERT INTO ${table} (matter_id, user_id, at) SELECT ?, user_id, at FROM ${table} WHERE matter_id = ?
       ON CONFLICT DO NOTHING`,
    ).run(intoId, fromId);
    prepared(`DELETE FROM ${table} WHERE matter_id = ?`).run(fromId);
  }

  const recountRelations = db.prepare(
    `UPDATE matters SET
       support_count = (SELECT count(*) FROM matter_supports WHERE matter_id = @id),
       follower_count = (SELECT count(*) FROM matter_follows WHERE matter_id = @id),
       updated_at = @at
     WHERE id = @id`,
  );

  const moveRelationsTx = db.transaction((fromId: string, intoId: string, at: number) => {
    // Merging a matter into itself must not delete its rows.
    if (fromId !== intoId) {
      moveRelationRows('support', fromId, intoId);
      moveRelationRows('follow', fromId, intoId);
    }
    recountRelations.run({ id: fromId, at });
    recountRelations.run({ id: intoId, at });
    const kept = byId.get(intoId);
    return { supportCount: kept?.support_count ?? 0, followerCount: kept?.follower_count ?? 0 };
  });

  const insertFlag = db.prepare(
    'INSERT INTO matter_flags (matter_id, user_id, reason, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const bumpFlags = db.prepare('UPDATE matters SET flag_count = flag_count + 1 WHERE id = ?');
  const flagCount = db.prepare<[string], { flag_count: number }>('SELECT flag_count FROM matters WHERE id = ?');
  const addFlagTx = db.transaction((matterId: string, userId: string, reason: string, at: number) => {
    const added = insertFlag.run(matterId, userId, reason, at).changes === 1;
    if (added) bumpFlags.run(matterId);
    return { added, flagCount: flagCount.get(matterId)?.flag_count ?? 0 };
  });

  const clearFlagsTx = db.transaction((matterId: string) => {
    db.prepare('DELETE FROM matter_flags WHERE matter_id = ?').run(matterId);
    db.prepare('UPDATE matters SET flag_count = 0 WHERE id = ?').run(matterId);
  });

  const relationOf = db.prepare<[string, string, string, string], Record<string, 0 | 1>>(
    `SELECT
       EXISTS (SELECT 1 FROM matter_supports WHERE matter_id = ? AND user_id = ?) AS supported,
       EXISTS (SELECT 1 FROM matter_follows WHERE matter_id = ? AND user_id = ?) AS following`,
  );

  const userIdsOf = (kind: RelationKind, matterId: string) =>
    prepared<{ user_id: string }>(`SELECT user_id FROM ${relations[kind].table} WHERE matter_id = ?`)
      .all(matterId)
      .map((row) => row.user_id);

  return {
    async create(matter, firstEntry, options = {}) {
      createTx(matterParams(matter), firstEntry, options.authorFollows === true);
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toMatter(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return byIds.all(JSON.stringify(ids)).map(toMatter);
    },
    async transition(id, expected, to, patch, entry) {
      return transitionTx(id, expected, to, patch, entry);
    },
    async update(id, patch, now) {
      const { assignments, params } = patchAssignments(patch);
      const set = ['updated_at = @now', ...assignments].join(', ');
      return prepared(`UPDATE matters SET ${set} WHERE id = @id`).run({ ...params, id, now }).changes === 1;
    },
    async list(query) {
      return listMatters(prepared, query);
    },
    async listFirstPage(query, pinnedMax) {
      return listFirstPage(prepared, query, pinnedMax);
    },
    async recentInCategory(communityId, category, states, limit) {
      return recentInCategory(prepared, communityId, category, states, limit);
    },
    async countByAuthorSince(authorId, since) {
      return prepared<{ n: number }>('SELECT count(*) AS n FROM matters WHERE author_id = ? AND created_at >= ?').get(
        authorId,
        since,
      )!.n;
    },
    async listEscalatedDueBetween(fromDate, toDate, limit) {
      // Few matters are escalated at a time; matters_escalated keeps this a short index scan.
      return prepared<MatterRow>(
        `SELECT * FROM matters WHERE state = 'escalated' AND json_extract(escalation_json, '$.respondedAt') IS NULL
           AND json_extract(escalation_json, '$.dueDate') BETWEEN ? AND ?
         ORDER BY json_extract(escalation_json, '$.dueDate'), id LIMIT ?`,
      )
        .all(fromDate, toDate, limit)
        .map(toMatter);
    },
    async listResolvedBefore(before, limit) {
      return prepared<MatterRow>(
        "SELECT * FROM matters WHERE state = 'resolved' AND resolved_at <= ? ORDER BY resolved_at, id LIMIT ?",
      )
        .all(before, limit)
        .map(toMatter);
    },
    async listRejectedWithPhotosBefore(before, limit) {
      return prepared<MatterRow>(
        "SELECT * FROM matters WHERE state = 'rejected' AND updated_at <= ? AND photos_json != '[]' ORDER BY updated_at, id LIMIT ?",
      )
        .all(before, limit)
        .map(toMatter);
    },
    async timeline(matterId) {
      return prepared<TimelineRow>('SELECT * FROM matter_timeline WHERE matter_id = ? ORDER BY at, id')
        .all(matterId)
        .map(toTimelineEntry);
    },
    async moderationQueue(communityId, kind, after, limit) {
      return moderationQueue(prepared, { table: 'matters', toRecord: toMatter }, communityId, kind, after, limit);
    },
    async tallyByAuthors(authorIds) {
      return tallyByAuthors(prepared, authorIds);
    },
    async addSupport(matterId, userId, at) {
      return addRelationTx('support', matterId, userId, at);
    },
    async removeSupport(matterId, userId) {
      return removeRelationTx('support', matterId, userId);
    },
    async addFollow(matterId, userId, at) {
      return addRelationTx('follow', matterId, userId, at);
    },
    async removeFollow(matterId, userId) {
      return removeRelationTx('follow', matterId, userId);
    },
    async relationOf(matterId, userId) {
      const row = relationOf.get(matterId, userId, matterId, userId)!;
      return { supported: row.supported === 1, following: row.following === 1 };
    },
    async supporterIds(matterId) {
      return userIdsOf('support', matterId);
    },
    async followerIds(matterId) {
      return userIdsOf('follow', matterId);
    },
    async moveRelations(fromId, intoId, at) {
      return moveRelationsTx(fromId, intoId, at);
    },
    async listByUser(userId, relation, after, limit) {
      return listByUser(prepared, userId, relation, after, limit);
    },
    async addFlag(matterId, userId, reason, at) {
      return addFlagTx(matterId, userId, reason, at);
    },
    async clearFlags(matterId) {
      clearFlagsTx(matterId);
    },
  };
}
