import type Database from 'better-sqlite3';
import type { FlagGiven, PersonalDataRepository } from '../../ports/personalData';
import type { UserRecord } from '../../ports/storage';
import { toEntry } from './audit';
import { toComment } from './comments';
import { toVolunteer, type VolunteerRow } from './volunteers';

/**
 * One user's comments and audit lines, and the writes of 注销 (services/accounts/erasure.ts).
 * Each write sets explicit values, so running it again changes nothing more; the handler's unit
 * of work makes the whole deletion one transaction here.
 */
export function sqlitePersonalData(db: Database.Database): PersonalDataRepository {
  const listCommentsBy = db.prepare('SELECT * FROM comments WHERE author_id = ? ORDER BY created_at, id');
  const flagsBy = db.prepare<[string, string], FlagGiven>(
    `SELECT 'matter' AS targetType, matter_id AS targetId, reason, at FROM matter_flags WHERE user_id = ?
     UNION ALL
     SELECT 'comment' AS targetType, comment_id AS targetId, reason, at FROM comment_flags WHERE user_id = ?
     ORDER BY at, targetId`,
  );
  const eraseFlagReasons = [
    db.prepare("UPDATE matter_flags SET reason = '' WHERE user_id = ?"),
    db.prepare("UPDATE comment_flags SET reason = '' WHERE user_id = ?"),
  ];
  const listAuditAbout = db.prepare('SELECT * FROM audit_log WHERE actor_id = ? OR target_id = ? ORDER BY at, id');
  const eraseMatter = db.prepare(
    `UPDATE matters SET title = @title, body = @body, building = @building, photos_json = @photos,
       rating_json = @rating, on_behalf_json = @onBehalfJson, updated_at = @now WHERE id = @id`,
  );
  const eraseNote = db.prepare('UPDATE matter_timeline SET note = ? WHERE id = ? AND matter_id = ?');
  const eraseNotes = db.transaction((matterId: string, notes: Readonly<Record<string, string>>) => {
    for (const [entryId, note] of Object.entries(notes)) eraseNote.run(note, entryId, matterId);
  });
  const eraseComment = db.prepare('UPDATE comments SET body = ? WHERE id = ?');
  const eraseBooking = db.prepare(
    'UPDATE bookings SET topic = @topic, address = @address, phone = @phone, updated_at = @now WHERE id = @id',
  );
  const eraseBookingOnBehalf = db.prepare('UPDATE bookings SET on_behalf_json = @onBehalfJson WHERE id = @id');
  // 红色代办 records name a family member inside their on-behalf JSON; deletion is rare, so these
  // scan the rows that have one rather than keep an index for it. A matter keeps its updated_at:
  // its place in the lists is its own activity, not a deleted family member's.
  const namingFamily = `on_behalf_json IS NOT NULL AND json_extract(on_behalf_json, '$.familyId') = @userId`;
  const withoutFamily = `on_behalf_json = json_set(on_behalf_json, '$.familyId', json('null'))`;
  const forgetFamily = [
    db.prepare(`UPDATE matters SET ${withoutFamily} WHERE ${namingFamily}`),
    db.prepare(`UPDATE bookings SET ${withoutFamily}, updated_at = @now WHERE ${namingFamily}`),
    db.prepare(`UPDATE service_orders SET ${withoutFamily}, updated_at = @now WHERE ${namingFamily}`),
  ];
  const erasePhone = [
    db.prepare("UPDATE users SET phone = '', phone_verified_at = NULL, updated_at = @now WHERE id = @userId"),
    db.prepare("UPDATE bookings SET phone = '', updated_at = @now WHERE resident_id = @userId AND phone <> ''"),
    db.prepare(
      "UPDATE service_orders SET contact_phone = '', updated_at = @now WHERE resident_id = @userId AND contact_phone <> ''",
    ),
  ];
  const eraseVisitRecord = db.prepare(
    `UPDATE visit_records SET seen = @seen, heard = @heard, solved = @solved, suggested = @suggested,
       updated_at = @now WHERE id = @id`,
  );
  const eraseAudit = db.prepare(
    'UPDATE audit_log SET actor_id = @actorId, actor_name = @actorName, target_id = @targetId WHERE id = @id',
  );
  const volunteerReportsBy = db.prepare<[string], VolunteerRow>(
    'SELECT * FROM volunteers WHERE user_id = ? ORDER BY reported_at, id',
  );
  const removeVolunteerReports = db.prepare('DELETE FROM volunteers WHERE user_id = ?');
  const eraseOrder = db.prepare(
    `UPDATE service_orders SET details = @details, address = @address, contact_phone = @contactPhone,
       thanks = @thanks, reason = @reason, on_behalf_json = @onBehalfJson, updated_at = @now WHERE id = @id`,
  );
  const forget = [
    'DELETE FROM inbox WHERE user_id = ?',
    'DELETE FROM outbox WHERE user_id = ?',
    'DELETE FROM subscriptions WHERE user_id = ?',
    'DELETE FROM subscription_grants WHERE user_id = ?',
  ].map((sql) => db.prepare(sql));
  const clearMemberships = db.prepare('DELETE FROM user_communities WHERE user_id = ?');
  const detach = db.prepare(
    `UPDATE users SET openid = @openid, name = @name, role = @role, community_ids = @communityIds,
       grid_ids = @gridIds, org_id = @orgId, community_id = @communityId, grid_id = @gridId, compound_id = @compoundId, building = @building,
       phone = @phone, elder_mode = @elderMode, updated_at = @updatedAt WHERE id = @id`,
  );
  const detachTx = db.transaction((tombstone: UserRecord) => {
    detach.run({
      ...tombstone,
      communityIds: JSON.stringify(tombstone.communityIds),
      gridIds: JSON.stringify(tombstone.gridIds),
    });
    clearMemberships.run(tombstone.id);
  });

  return {
    async listCommentsBy(userId) {
      return listCommentsBy.all(userId).map((row) => toComment(row as Parameters<typeof toComment>[0]));
    },
    async listFlagsBy(userId) {
      return flagsBy.all(userId, userId);
    },
    async eraseFlagReasons(userId) {
      for (const statement of eraseFlagReasons) statement.run(userId);
    },
    async listAuditAbout(userId) {
      return listAuditAbout.all(userId, userId).map((row) => toEntry(row as Parameters<typeof toEntry>[0]));
    },
    async eraseMatter(id, erasure, now) {
      const { onBehalf, ...words } = erasure;
      const rating = words.rating ? JSON.stringify(words.rating) : null;
      const onBehalfJson = onBehalf ? JSON.stringify(onBehalf) : null;
      eraseMatter.run({ ...words, photos: JSON.stringify(words.photos), rating, onBehalfJson, now, id });
    },
    async eraseTimelineNotes(matterId, notes) {
      eraseNotes(matterId, notes);
    },
    async eraseComment(id, body) {
      eraseComment.run(body, id);
    },
    async eraseBooking(id, erasure, now) {
      const { onBehalf, ...words } = erasure;
      eraseBooking.run({ ...words, now, id });
      if (onBehalf !== undefined)
        eraseBookingOnBehalf.run({ onBehalfJson: onBehalf ? JSON.stringify(onBehalf) : null, id });
    },
    async erasePhone(userId, now) {
      for (const statement of erasePhone) statement.run({ userId, now });
    },
    async eraseVisitRecord(id, erasure, now) {
      eraseVisitRecord.run({ ...erasure, now, id });
    },
    async eraseAuditEntry(id, erasure) {
      eraseAudit.run({ ...erasure, id });
    },
    async listVolunteerReportsBy(userId) {
      return volunteerReportsBy.all(userId).map(toVolunteer);
    },
    async eraseOrder(id, erasure, now) {
      const { onBehalf, ...words } = erasure;
      eraseOrder.run({ ...words, onBehalfJson: onBehalf ? JSON.stringify(onBehalf) : null, now, id });
    },
    async removeVolunteerReports(userId) {
      removeVolunteerReports.run(userId);
    },
    async forgetFamily(userId, now) {
      db.transaction(() => {
        forgetFamily[0].run({ userId });
        for (const statement of forgetFamily.slice(1)) statement.run({ userId, now });
      })();
    },
    async forgetNotifications(userId) {
      for (const statement of forget) statement.run(userId);
    },
    async detachUser(_userId, _openid, tombstone) {
      // The row keeps its id (matters and comments still point at it); the openid is replaced,
      // so the old WeChat identity finds no user and its next login creates a new one.
      detachTx(tombstone);
    },
  };
}
