import type { ActivityRepository } from '../../../cloudfunctions/lib/ports/activities';
import { ACTIVITY_START, anActivity } from '../../support/builders/activities';

export interface ActivityStorage {
  activities: ActivityRepository;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;
const T = ACTIVITY_START - 48 * HOUR_MS;

const users = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i + 1).padStart(3, '0')}`);

/**
 * The behaviour every adapter of ports/activities.ts must have (SQLite and the CloudBase fake).
 * "Concurrent" means calls started together with Promise.all. The waitlist's order is
 * (signedUpAt, userId): a later sign-up waits behind an earlier one, ties by id.
 */
export function describeActivitiesContract(adapterName: string, openEmpty: () => Promise<ActivityStorage>): void {
  describe(`activities storage contract: ${adapterName}`, () => {
    let storage: ActivityStorage;
    let activities: ActivityRepository;
    beforeEach(async () => {
      storage = await openEmpty();
      ({ activities } = storage);
    });
    afterEach(async () => {
      await storage.close();
    });

    it('stores an activity once: a retried create returns the first', async () => {
      const first = anActivity();
      expect(await activities.create(first)).toEqual(first);
      expect(await activities.create(anActivity({ title: '重试' }))).toEqual(first);
      expect(await activities.findById('a1')).toEqual(first);
      expect(await activities.findById('missing')).toBeNull();
    });

    it('enrols while seats are left, then waitlists in order, counting both', async () => {
      await activities.create(anActivity({ headcount: 2 }));
      const [a, b, c, d] = await Promise.all(['u1', 'u2', 'u3', 'u4'].map((u, i) => activities.signUp('a1', u, T + i)));
      expect([a, b].map((s) => s?.state)).toEqual(['enrolled', 'enrolled']);
      expect(c).toMatchObject({ state: 'waitlisted', waitlistPosition: 1, signedUpAt: T + 2 });
      expect(d).toMatchObject({ state: 'waitlisted', waitlistPosition: 2 });
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 2, waitlisted: 2 });
    });

    it('answers a repeated sign-up with the existing one, and lets a withdrawn one sign up anew at the back', async () => {
      await activities.create(anActivity({ headcount: 1 }));
      const first = await activities.signUp('a1', 'u1', T);
      expect(await activities.signUp('a1', 'u1', T + 5)).toEqual(first);
      await activities.signUp('a1', 'u2', T + 1);
      expect(await activities.signUp('a1', 'u2', T + 6)).toMatchObject({
        state: 'waitlisted',
        waitlistPosition: 1,
        signedUpAt: T + 1,
      });
      await activities.signUp('a1', 'u3', T + 2);
      await activities.withdraw('a1', 'u2', T + 3);
      expect(await activities.signUp('a1', 'u2', T + 4)).toMatchObject({
        state: 'waitlisted',
        waitlistPosition: 2,
        signedUpAt: T + 4,
      });
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 1, waitlisted: 2 });
    });

    it('promotes the first in line into a withdrawn seat, once; withdrawing again names the same', async () => {
      await activities.create(anActivity({ headcount: 1 }));
      for (const [i, u] of ['u1', 'u2', 'u3'].entries()) await activities.signUp('a1', u, T + i);
      const result = await activities.withdraw('a1', 'u1', T + 10);
      expect(result).toMatchObject({ signUp: { state: 'withdrawn', waitlistPosition: null }, promoted: 'u2' });
      expect(await activities.withdraw('a1', 'u1', T + 11)).toMatchObject({
        signUp: { state: 'withdrawn' },
        promoted: 'u2',
      });
      expect(await activities.findSignUp('a1', 'u2')).toMatchObject({ state: 'enrolled', waitlistPosition: null });
      expect(await activities.findSignUp('a1', 'u3')).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 1, waitlisted: 1 });
      // A waiting one leaving frees nothing; the last enrolled leaving with nobody in line frees the seat.
      expect(await activities.withdraw('a1', 'u3', T + 12)).toMatchObject({ promoted: null });
      expect(await activities.withdraw('a1', 'u2', T + 13)).toMatchObject({ promoted: null });
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 0, waitlisted: 0 });
      expect(await activities.signUp('a1', 'u4', T + 14)).toMatchObject({ state: 'enrolled' });
      expect(await activities.withdraw('a1', 'nobody', T + 15)).toBeNull();
    });

    it('never enrols more than the headcount: 100 concurrent sign-ups for 10 seats give 10 enrolled and 90 in line', async () => {
      await activities.create(anActivity({ headcount: 10 }));
      const ids = users(100);
      const results = await Promise.all(ids.map((u) => activities.signUp('a1', u, T)));
      expect(results.filter((s) => s?.state === 'enrolled')).toHaveLength(10);
      const roster = await activities.roster('a1');
      expect(roster.filter((s) => s.state === 'enrolled')).toHaveLength(10);
      const line = roster.filter((s) => s.state === 'waitlisted');
      expect(line.map((s) => s.waitlistPosition)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
      // Same sign-up time: the line is in user id order.
      expect(line.map((s) => s.userId)).toEqual([...line.map((s) => s.userId)].sort());
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 10, waitlisted: 90 });
      // Ten concurrent withdrawals promote the first ten in line, never over the headcount.
      const leaving = roster.filter((s) => s.state === 'enrolled').map((s) => s.userId);
      const promoted = (await Promise.all(leaving.map((u) => activities.withdraw('a1', u, T + 1)))).map(
        (r) => r?.promoted,
      );
      expect(new Set(promoted)).toEqual(new Set(line.slice(0, 10).map((s) => s.userId)));
      expect(await activities.findById('a1')).toMatchObject({ enrolled: 10, waitlisted: 80 });
    });

    it('refuses sign-ups to a cancelled activity; cancel is once and keeps the first reason', async () => {
      await activities.create(anActivity());
      expect(await activities.cancel('a1', '天气原因', T)).toMatchObject({
        state: 'cancelled',
        cancelReason: '天气原因',
      });
      expect(await activities.cancel('a1', '另一个原因', T + 1)).toMatchObject({
        cancelReason: '天气原因',
        updatedAt: T,
      });
      expect(await activities.signUp('a1', 'u1', T + 2)).toBeNull();
      expect(await activities.signUp('missing', 'u1', T + 2)).toBeNull();
      expect(await activities.cancel('missing', '原因', T)).toBeNull();
    });

    it('signs in once and out once, after signing in, keeping the first minutes', async () => {
      await activities.create(anActivity({ headcount: 1 }));
      await activities.signUp('a1', 'u1', T);
      await activities.signUp('a1', 'u2', T + 1);
      expect(await activities.signOut('a1', 'u1', ACTIVITY_START, 100)).toBeNull();
      expect(await activities.signIn('a1', 'u2', ACTIVITY_START)).toBeNull();
      const inAt = await activities.signIn('a1', 'u1', ACTIVITY_START);
      expect(inAt).toMatchObject({ signedInAt: ACTIVITY_START, signedOutAt: null });
      expect(await activities.signIn('a1', 'u1', ACTIVITY_START + 5)).toMatchObject({ signedInAt: ACTIVITY_START });
      const twice = await Promise.all([
        activities.signOut('a1', 'u1', ACTIVITY_START + 2 * HOUR_MS, 120),
        activities.signOut('a1', 'u1', ACTIVITY_START + 2 * HOUR_MS + 5, 121),
      ]);
      expect(new Set(twice.map((s) => s?.creditedMinutes))).toEqual(new Set([twice[0]?.creditedMinutes]));
      expect(await activities.findSignUp('a1', 'u1')).toMatchObject({
        state: 'enrolled',
        signedInAt: ACTIVITY_START,
        creditedMinutes: twice[0]?.creditedMinutes,
      });
    });

    it('lists upcoming soonest first and past newest first, by community and station, in keyset pages', async () => {
      const now = ACTIVITY_START;
      const at = (h: number) => ACTIVITY_START + h * HOUR_MS;
      await activities.create(anActivity({ id: 'past', startAt: at(-5), endAt: at(-3) }));
      await activities.create(anActivity({ id: 'now', startAt: at(-1), endAt: at(1) }));
      await activities.create(anActivity({ id: 'soon', startAt: at(2), endAt: at(3), stationId: 's1' }));
      await activities.create(anActivity({ id: 'later', startAt: at(5), endAt: at(6) }));
      await activities.create(anActivity({ id: 'off', startAt: at(4), endAt: at(5), state: 'cancelled' }));
      await activities.create(anActivity({ id: 'other', communityId: 'c2', startAt: at(2), endAt: at(3) }));
      const first = await activities.list({ communityId: 'c1', when: 'upcoming', now, after: null, limit: 2 });
      expect(first.items.map((a) => a.id)).toEqual(['now', 'soon']);
      const second = await activities.list({ communityId: 'c1', when: 'upcoming', now, after: first.next, limit: 2 });
      expect(second.items.map((a) => a.id)).toEqual(['later']);
      expect(second.next).toBeNull();
      const past = await activities.list({ communityId: 'c1', when: 'past', now, after: null, limit: 5 });
      expect(past.items.map((a) => a.id)).toEqual(['off', 'past']);
      const station = await activities.list({
        communityId: 'c1',
        stationId: 's1',
        when: 'upcoming',
        now,
        after: null,
        limit: 5,
      });
      expect(station.items.map((a) => a.id)).toEqual(['soon']);
      expect((await activities.startingBetween(at(1), at(5), 10)).map((a) => a.id)).toEqual(['other', 'soon']); // same start: by id
    });

    it("reads a user's sign-ups for a page of activities in one call, and all of them", async () => {
      await activities.create(anActivity({ id: 'a1', headcount: 1 }));
      await activities.create(anActivity({ id: 'a2' }));
      await activities.create(anActivity({ id: 'a3' }));
      await activities.signUp('a1', 'u0', T);
      await activities.signUp('a1', 'u1', T + 1);
      await activities.signUp('a2', 'u1', T + 2);
      await activities.withdraw('a2', 'u1', T + 3);
      const mine = await activities.signUpsOf('u1', ['a1', 'a2', 'a3']);
      expect(mine.map((s) => [s.activityId, s.state, s.waitlistPosition]).sort()).toEqual([
        ['a1', 'waitlisted', 1],
        ['a2', 'withdrawn', null],
      ]);
      expect((await activities.signUpsOfUser('u1')).map((s) => s.activityId)).toEqual(['a1', 'a2']);
      expect(await activities.signUpsOf('u1', [])).toEqual([]);
    });
  });
}
