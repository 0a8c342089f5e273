import { AppError } from '@domain/errors';
import type { Caller } from '../caller';
import type { UserRecord } from '../ports/storage';
import { requireUser } from './requireUser';

/**
 * Who may publish (raise a matter, comment): residents with a phone number WeChat vouched for
 * (后台实名、前台自愿: others still see only the name they chose). Staff act under the role an admin
 * gave them, recorded in the audit log, which is their real-name registration.
 */
export function requirePublisher(caller: Caller): UserRecord {
  const user = requireUser(caller);
  if (user.role === 'resident' && user.phoneVerifiedAt === null) throw new AppError('PHONE_UNVERIFIED');
  return user;
}
