import type { ActivityRepository, SignUpRecord } from '../../ports/activities';
import {
  FREE,
  isMember,
  lineOf,
  memberPath,
  signUpFrom,
  signUpIdOf,
  toActivityDocument,
  toActivityRecord,
  type ActivityDocument,
  type SignUpDocument,
} from './activityDocuments';
import { createActivityLists } from './activityLists';
import { createSignUpReads } from './activitySignUpReads';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertIfAbsent, type CloudbaseDb } from './database';

/** Conditional updates that lost a race are tried again on a fresh read, at most this often. */
const MAX_ATTEMPTS = 200;

/**
 * 志愿活动 on CloudBase: each sign-up, withdrawal (with its promotion), sign-in and sign-out is one
 * conditional single-document update (activityDocuments.ts). A step that lost a race reads again
 * and tries again; one whose answer was lost finds its own holder on the retry.
 */
export function createActivityRepository(db: CloudbaseDb, names: CollectionNames): ActivityRepository {
  const _ = db.command;
  const activities = () => db.collection(names.activities);
  const signUps = () => db.collection(names.activitySignUps);

  const readActivity = async (id: string) =>
    (await findDocumentById(activities(), id, 'activities.find')) as ActivityDocument | null;
  const readSignUp = async (activityId: string, userId: string) =>
    (await findDocumentById(
      signUps(),
      signUpIdOf(activityId, userId),
      'activities.findSignUp',
    )) as SignUpDocument | null;

  async function updated(where: object, data: object, operation: string): Promise<boolean> {
    return countOf(await activities().where(where).update(data), 'updated', operation) === 1;
  }

  /** The sign-up document of a new sign-up: fresh times (a withdrawn one signs up anew). */
  async function storeSignUp(activityId: string, userId: string, at: number, fresh: boolean): Promise<void> {
    const fields = { activityId, userId, signedUpAt: at, signedInAt: null, signedOutAt: null, creditedMinutes: null };
    const inserted = await insertIfAbsent(
      signUps(),
      { _id: signUpIdOf(activityId, userId), ...fields },
      'activities.signUp',
    );
    if (!inserted && fresh) await signUps().doc(signUpIdOf(activityId, userId)).update(fields);
  }

  async function current(activityId: string, userId: string): Promise<SignUpRecord | null> {
    const [activity, stored] = await Promise.all([readActivity(activityId), readSignUp(activityId, userId)]);
    return activity ? signUpFrom(activity, userId, stored) : null;
  }

  /** One seat or a place in line, by one conditional update; false when the activity moved under it. */
  async function join(activity: ActivityDocument, userId: string, now: number): Promise<boolean> {
    const absent = {
      [memberPath('holders', userId)]: _.exists(false),
      [memberPath('waiting', userId)]: _.exists(false),
    };
    const where = { _id: activity._id, state: 'published', ...absent };
    if (activity.remaining > 0) {
      return updated(
        { ...where, remaining: _.gt(0) },
        {
          remaining: _.inc(-1),
          enrolled: _.inc(1),
          [memberPath('holders', userId)]: { at: now, from: FREE },
          updatedAt: now,
        },
        'activities.signUp.take',
      );
    }
    // Only while no seat is free: a seat freed meanwhile is taken, not waited for.
    return updated(
      { ...where, remaining: _.lte(0) },
      { waitlisted: _.inc(1), [memberPath('waiting', userId)]: now, updatedAt: now },
      'activities.signUp.wait',
    );
  }

  /** Leaves the seat (handed on to the first in line, or freed) or the line; false when the activity moved. */
  async function leave(
    activity: ActivityDocument,
    userId: string,
    now: number,
  ): Promise<{ done: boolean; promoted: string | null }> {
    const mine = memberPath('holders', userId);
    if (!activity.holders?.[userId]) {
      const place = memberPath('waiting', userId);
      const done = await updated(
        { _id: activity._id, [place]: _.exists(true) },
        { [place]: _.remove(), waitlisted: _.inc(-1), updatedAt: now },
        'activities.withdraw.line',
      );
      return { done, promoted: null };
    }
    const [first] = lineOf(activity);
    if (first === undefined) {
      // Conditional on an empty line: one who joined it meanwhile gets this seat on the next try.
      const done = await updated(
        { _id: activity._id, [mine]: _.exists(true), waitlisted: 0 },
        { [mine]: _.remove(), enrolled: _.inc(-1), remaining: _.inc(1), updatedAt: now },
        'activities.withdraw.free',
      );
      return { done, promoted: null };
    }
    const theirs = memberPath('waiting', first);
    const done = await updated(
      { _id: activity._id, [mine]: _.exists(true), [theirs]: _.exists(true) },
      {
        [mine]: _.remove(),
        [theirs]: _.remove(),
        [memberPath('holders', first)]: { at: activity.waiting[first], from: userId },
        waitlisted: _.inc(-1),
        updatedAt: now,
      },
      'activities.withdraw.handOn',
    );
    return { done, promoted: done ? first : null };
  }

  return {
    async create(activity) {
      await insertIfAbsent(activities(), toActivityDocument(activity), 'activities.create');
      return toActivityRecord((await readActivity(activity.id))!);
    },
    async findById(id) {
      const stored = await readActivity(id);
      return stored ? toActivityRecord(stored) : null;
    },
    ...createActivityLists(db, names),
    async cancel(id, reason, now) {
      await updated(
        { _id: id, state: 'published' },
        { state: 'cancelled', cancelReason: reason, updatedAt: now },
        'activities.cancel',
      );
      const stored = await readActivity(id);
      return stored ? toActivityRecord(stored) : null;
    },
    async signUp(activityId, userId, now) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        const activity = await readActivity(activityId);
        if (!activity || activity.state !== 'published') return null;
        if (isMember(activity, userId)) {
          // A retry whose first attempt joined but did not store its sign-up document.
          await storeSignUp(activityId, userId, activity.holders?.[userId]?.at ?? activity.waiting[userId], false);
          return current(activityId, userId);
        }
        if (await join(activity, userId, now)) {
          await storeSignUp(activityId, userId, now, true);
          return current(activityId, userId);
        }
      }
      throw new Error(`activities.signUp: ${activityId} kept changing, gave up after ${MAX_ATTEMPTS} tries`);
    },
    async withdraw(activityId, userId, now) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        const activity = await readActivity(activityId);
        if (!activity) return null;
        if (!isMember(activity, userId)) {
          const stored = await readSignUp(activityId, userId);
          const signUp = signUpFrom(activity, userId, stored);
          if (!signUp) return null;
          const promoted = Object.entries(activity.holders ?? {}).find(([, h]) => h.from === userId)?.[0] ?? null;
          return { signUp, promoted };
        }
        const { done, promoted } = await leave(activity, userId, now);
        if (done) return { signUp: (await current(activityId, userId))!, promoted };
      }
      throw new Error(`activities.withdraw: ${activityId} kept changing, gave up after ${MAX_ATTEMPTS} tries`);
    },
    async signIn(activityId, userId, now) {
      const activity = await readActivity(activityId);
      const holder = activity?.holders?.[userId];
      if (!activity || !holder) return null;
      await storeSignUp(activityId, userId, holder.at, false);
      await signUps()
        .where({ _id: signUpIdOf(activityId, userId), signedInAt: null })
        .update({ signedInAt: now });
      const signUp = signUpFrom(activity, userId, await readSignUp(activityId, userId));
      return signUp?.signedInAt != null ? signUp : null;
    },
    async signOut(activityId, userId, now, creditedMinutes) {
      const activity = await readActivity(activityId);
      if (!activity?.holders?.[userId]) return null;
      await signUps()
        .where({ _id: signUpIdOf(activityId, userId), signedInAt: _.gt(0), signedOutAt: null })
        .update({ signedOutAt: now, creditedMinutes });
      const signUp = signUpFrom(activity, userId, await readSignUp(activityId, userId));
      return signUp?.signedOutAt != null ? signUp : null;
    },
    findSignUp: current,
    ...createSignUpReads(db, names),
  };
}
