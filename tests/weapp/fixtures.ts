/**
 * What the weapp tests put behind the fake cloud: the demo seed's communities and people
 * (host/seed.ts) in the exact shapes the server sends (cloudfunctions' selfView), and the real
 * services of a seeded backend for the functions a test serves from it.
 */
import type { UserRecord } from '../../cloudfunctions/lib/ports/storage';
import { selfView } from '../../cloudfunctions/lib/services/views';
import { contract, type FunctionName } from '@domain/contract';
import { demoUsers } from '../../host/seed';
import type { Directory } from '@domain/places';
import { upcomingVisitDays } from '@domain/visits/days';
import { isProfileComplete, type ProfileInput, type SelfView } from '@domain/users';
import { seededBackend, type Caller, type SeededBackend } from '../support/seededBackend';
import { FakeBackend, ok, openPage, type Envelope, type MiniPage, type OpenPageOptions } from './harness';

export interface DemoData {
  directory: Directory;
  users: Map<string, UserRecord>;
}

/** The directory and the demo users as a freshly seeded storage holds them. */
export async function demoData(): Promise<DemoData> {
  const { storage } = await seededBackend();
  const directory = await storage.places.directory();
  const users = await storage.users.findByIds(demoUsers.map((user) => user.id));
  await storage.close();
  return { directory, users: new Map(users.map((user) => [user.id, user])) };
}

/**
 * Every action of `fn` answered by the real service of `server`, as `caller`: the built pages get
 * exactly what the server sends, checked against the contract both ways by the fake cloud.
 */
export function servedBy(backend: FakeBackend, server: SeededBackend, caller: Caller, fn: FunctionName): FakeBackend {
  for (const action of Object.keys(contract[fn])) {
    backend.on(fn, action, async (data, call) => {
      const event = { action, data, ...(call.requestId ? { requestId: call.requestId } : {}) };
      return (await server.as(caller)(fn, event)) as Envelope;
    });
  }
  return backend;
}

/** A resident's home with nothing of theirs yet: no booking, no matters, the next three visit days. */
function quietOverview(user: SelfView) {
  const visitDays = upcomingVisitDays(Date.now(), 3).map((date) => ({ date, moved: false, reason: '' }));
  return { communityId: user.communityId ?? 'c-dongmen', nextBooking: null, matters: [], visitDays };
}

/** A demo user as `account.login` returns them, with test-specific changes. */
export function userView(data: DemoData, id: string, changes: Partial<UserRecord> = {}): SelfView {
  const record = data.users.get(id);
  if (!record) throw new Error(`no demo user ${id}`);
  return selfView({ ...record, ...changes });
}

/**
 * A backend where `user` is signed in: login and directory answer, and the two account commands
 * answer like the server (the changed user back).
 */
export function signedInBackend(data: DemoData, user: SelfView): FakeBackend {
  let current = user;
  return (
    new FakeBackend()
      .reply('account', 'login', { user, isNew: false })
      .reply('account', 'directory', data.directory)
      // Every tab page shows the unread count on the 我的 tab.
      .reply('notification', 'unreadCount', { unread: 0 })
      // The raise form asks the day's quota when it opens: a full day's, unless a test says otherwise.
      .reply('matter', 'raiseQuota', { limit: 5, left: 5, resetsAt: Date.UTC(2026, 11, 5, 16) })
      // A resident's home asks what concerns them: nothing booked or raised yet, the next visit days.
      .reply('home', 'residentOverview', quietOverview(user))
      .on('account', 'setPreferences', (input) => {
        current = { ...current, ...(input as Pick<SelfView, 'elderMode'>) };
        return ok({ user: current });
      })
      .on('account', 'updateProfile', (input) => {
        // Like the service: a resident acts in the community they live in.
        const profile = input as ProfileInput;
        const communityIds = current.role === 'resident' ? [profile.communityId] : current.communityIds;
        const next = {
          ...current,
          ...profile,
          communityIds,
          gridId: profile.gridId ?? null,
          compoundId: profile.compoundId ?? null,
          building: profile.building ?? '',
          phone: profile.phone ?? '',
        };
        current = { ...next, profileComplete: isProfileComplete(next) };
        return ok({ user: current });
      })
  );
}

/**
 * The hooks every weapp page test needs: the demo data, loaded once, and after each test the page
 * closed and required to have met no problem (contract breaks, missing `wx` members).
 */
export function weappPageTests() {
  let data: DemoData | undefined;
  let page: MiniPage | undefined;
  beforeAll(async () => {
    data = await demoData();
  });
  afterEach(() => {
    const problems = page?.problems() ?? [];
    page?.close();
    page = undefined;
    expect(problems).toEqual([]);
  });
  return {
    get data(): DemoData {
      if (!data) throw new Error('demo data is loaded in beforeAll');
      return data;
    },
    open(route: string, options: OpenPageOptions): MiniPage {
      page = openPage(route, options);
      return page;
    },
  };
}
