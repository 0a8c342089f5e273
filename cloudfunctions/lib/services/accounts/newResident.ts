import type { UserRecord } from '../../ports/storage';

/** A resident with nothing filled in: a first login, and (renamed) what a deleted account leaves. */
export function newResident(id: string, openid: string, now: number): UserRecord {
  return {
    id,
    openid,
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
    phoneVerifiedAt: null,
    elderMode: 'auto',
    createdAt: now,
    updatedAt: now,
  };
}
