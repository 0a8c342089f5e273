/**
 * Backend answers built from the local host's demo seed (host/seed.ts), so the weapp tests show
 * the same communities and people as the demo, in the exact shapes the server sends
 * (cloudfunctions' selfView), without a database.
 */
import type { Storage, UserRecord } from '../../cloudfunctions/lib/ports/storage';
import { selfView } from '../../cloudfunctions/lib/services/views';
import { seedDemoData } from '../../host/seed';
import type { Directory } from '@domain/places';
import { isProfileComplete, type ProfileInput, type SelfView } from '@domain/users';
import { FakeBackend, ok, openPage, type MiniPage, type OpenPageOptions } from './harness';

export interface DemoData {
  directory: Directory;
  users: Map<string, UserRecord>;
}

/** Runs the real seed against a storage that only records what it is given. */
export async function demoData(): Promise<DemoData> {
  const directory: Directory = { districts: [], streets: [], communities: [], grids: [], compounds: [] };
  const users = new Map<string, UserRecord>();
  const recording = {
    users: {
      list: async () => ({ items: [], next: null }),
      createIfAbsent: async (user: UserRecord) => {
        users.set(user.id, user);
        return { user, created: true };
      },
    },
    places: {
      saveDistrict: async (d: Directory['districts'][number]) => void directory.districts.push(d),
      saveStreet: async (s: Directory['streets'][number]) => void directory.streets.push(s),
      saveCommunity: async (c: Directory['communities'][number]) => void directory.communities.push(c),
      saveGrid: async (g: Directory['grids'][number]) => void directory.grids.push(g),
      saveCompound: async (c: Directory['compounds'][number]) => void directory.compounds.push(c),
    },
  };
  await seedDemoData(recording as unknown as Storage, Date.UTC(2026, 10, 27, 2, 0));
  return { directory, users };
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
