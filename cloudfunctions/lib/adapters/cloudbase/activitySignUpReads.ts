import type { ActivityRepository } from '../../ports/activities';
import { MAX_ROSTER } from '../../ports/activities';
import {
  isMember,
  lineOf,
  signUpFrom,
  signUpIdOf,
  type ActivityDocument,
  type SignUpDocument,
} from './activityDocuments';
import type { CollectionNames } from './collections';
import { findDocumentById, rowsOf, type CloudbaseDb } from './database';
import { fetchByIds } from './keysetPages';

/** Most sign-ups one person has had, read at once for the export and 注销 (get() stops at 1000). */
const MAX_SIGN_UPS_OF_USER = 999;

/**
 * The reads of sign-ups: who is enrolled or waiting comes from the activity documents, the
 * sign-in and sign-out from the sign-up documents (activityDocuments.ts), each read in one batch.
 */
export function createSignUpReads(
  db: CloudbaseDb,
  names: CollectionNames,
): Pick<ActivityRepository, 'roster' | 'signUpsOf' | 'signUpsOfUser'> {
  const _ = db.command;
  const activities = () => db.collection(names.activities);
  const signUps = () => db.collection(names.activitySignUps);
  return {
    async roster(activityId) {
      const activity = (await findDocumentById(
        activities(),
        activityId,
        'activities.roster',
      )) as ActivityDocument | null;
      if (!activity) return [];
      const stored = rowsOf(
        await signUps().where({ activityId }).limit(MAX_ROSTER).get(),
        'activities.roster',
      ) as SignUpDocument[];
      const docs = new Map(stored.map((s) => [s.userId, s]));
      const line = lineOf(activity);
      const enrolled = Object.entries(activity.holders ?? {})
        .sort(([a, x], [b, y]) => x.at - y.at || (a < b ? -1 : 1))
        .map(([userId]) => userId);
      const withdrawn = stored
        .filter((s) => !isMember(activity, s.userId))
        .sort((x, y) => x.signedUpAt - y.signedUpAt || (x.userId < y.userId ? -1 : 1))
        .map((s) => s.userId);
      return [...enrolled, ...line, ...withdrawn]
        .slice(0, MAX_ROSTER)
        .map((userId) => signUpFrom(activity, userId, docs.get(userId) ?? null, line)!);
    },
    async signUpsOf(userId, activityIds) {
      const ids = [...new Set(activityIds)];
      if (ids.length === 0) return [];
      const [found, stored] = await Promise.all([
        fetchByIds(activities(), _, ids, 'activities.signUpsOf'),
        fetchByIds(
          signUps(),
          _,
          ids.map((id) => signUpIdOf(id, userId)),
          'activities.signUpsOf',
        ),
      ]);
      const docs = new Map((stored as SignUpDocument[]).map((s) => [s.activityId, s]));
      return (found as ActivityDocument[]).flatMap((a) => signUpFrom(a, userId, docs.get(a._id) ?? null) ?? []);
    },
    async signUpsOfUser(userId) {
      const stored = rowsOf(
        await signUps().where({ userId }).orderBy('signedUpAt', 'asc').limit(MAX_SIGN_UPS_OF_USER).get(),
        'activities.signUpsOfUser',
      ) as SignUpDocument[];
      const found = (await fetchByIds(
        activities(),
        _,
        stored.map((s) => s.activityId),
        'activities.signUpsOfUser',
      )) as ActivityDocument[];
      const byId = new Map(found.map((a) => [a._id, a]));
      return stored.flatMap((s) => {
        const activity = byId.get(s.activityId);
        return activity ? (signUpFrom(activity, userId, s) ?? []) : [];
      });
    },
  };
}
