/** A user as storage holds them, every field set. Tests override what they are about. */
import type { UserRecord } from '../../../cloudfunctions/lib/ports/storage';

export function aUser(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'u',
    openid: 'o',
    name: '',
    role: 'resident',
    communityIds: [],
    communityId: null,
    gridId: null,
    compoundId: null,
    building: '',
    phone: '',
    elderMode: 'auto',
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}
