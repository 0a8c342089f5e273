import { maskPhone } from '@domain/masking';
import { isProfileComplete, type SelfView, type UserSummary } from '@domain/users';
import type { UserRecord } from '../ports/storage';

/** The caller's own record: everything but the openid, which never leaves the server. */
export function selfView(user: UserRecord): SelfView {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    communityIds: user.communityIds,
    communityId: user.communityId,
    gridIds: user.gridIds,
    orgId: user.orgId,
    gridId: user.gridId,
    compoundId: user.compoundId,
    building: user.building,
    phone: user.phone,
    phoneVerified: user.phoneVerifiedAt !== null,
    elderMode: user.elderMode,
    profileComplete: isProfileComplete(user),
    createdAt: user.createdAt,
  };
}

/** Another person's record as listed to an admin: phone masked, no address. */
export function userSummary(user: UserRecord): UserSummary {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    communityIds: user.communityIds,
    communityId: user.communityId,
    gridIds: user.gridIds,
    orgId: user.orgId,
    maskedPhone: user.phone ? maskPhone(user.phone) : '',
    createdAt: user.createdAt,
  };
}
