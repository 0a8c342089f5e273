import type { UserRecord } from '../cloudfunctions/lib/ports/storage';
import { demoOpenid } from '../host/seed';

/**
 * A resident the benches add in bulk, signed in through the host's dev login like a demo user
 * (its openid follows the demo pattern). Created just before `at`, so rate limits see no history.
 */
export function benchResident(id: string, communityId: string, at: number): UserRecord {
  return {
    id,
    openid: demoOpenid(id),
    name: `居民${id.slice(id.lastIndexOf('-') + 1)}`,
    role: 'resident',
    communityIds: [communityId],
    communityId,
    gridIds: [],
    orgId: null,
    gridId: null,
    compoundId: null,
    building: '',
    // Residents publish, which needs a phone number WeChat vouched for.
    phone: `139${String(Number(id.slice(id.lastIndexOf('-') + 1)) || 0).padStart(8, '0')}`,
    phoneVerifiedAt: at - 1,
    elderMode: 'auto',
    createdAt: at - 1,
    updatedAt: at - 1,
  };
}

/** A session token for a seeded or bench user, from the host's dev login. */
export async function devLogin(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}
