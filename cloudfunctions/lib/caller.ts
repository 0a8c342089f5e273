import type { CallerRole } from '@domain/users';
import type { UserRecord } from './ports/storage';

/** The identity the platform vouched for, with the role and communities stored for it. */
export interface Caller {
  openid: string;
  appid: string;
  user: UserRecord | null;
  role: CallerRole;
}

export function callerFor(openid: string, appid: string, user: UserRecord | null): Caller {
  return { openid, appid, user, role: user ? user.role : 'guest' };
}
