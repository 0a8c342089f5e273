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
    gridIds: [],
    orgId: null,
    gridId: null,
    compoundId: null,
    building: '',
    phone: '',
    // Verified unless a test is about verification: most tests publish as residents.
    phoneVerifiedAt: 1000,
    elderMode: 'auto',
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}
