import { AppError } from '@domain/errors';
import type { Caller } from '../caller';
import type { UserRecord } from '../ports/storage';

/** The handler already refused guests for user-only actions; this narrows the type. */
export function requireUser(caller: Caller): UserRecord {
  if (!caller.user) throw new AppError('NOT_REGISTERED');
  return caller.user;
}
