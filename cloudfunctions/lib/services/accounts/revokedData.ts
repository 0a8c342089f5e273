import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import { erasePhotosOf } from '../matters/photoErasure';
import { allPages, PAGE } from './personalRecords';

/**
 * What WeChat's `RevokeInfo` names (the authorization the user withdrew) and what we hold from it.
 * Only two apply: 手机号 (the phone typed or verified) and 选中的图片或视频 (the photos they
 * attached). We take addresses typed in (not 地址 from chooseAddress), no location, no nickname or
 * avatar, so the other kinds leave nothing of ours to erase.
 */
export const REVOKED_PHONE = '8';
export const REVOKED_PHOTOS = '14';

export type RevokeOutcome = 'phone_erased' | 'photos_deleted' | 'nothing_held';

/** Erases what we hold from the revoked authorization; each step sets final values, so a redelivery changes nothing more. */
export async function eraseRevokedData(deps: Deps, user: UserRecord, revokeInfo: string): Promise<RevokeOutcome> {
  if (revokeInfo === REVOKED_PHONE) {
    await deps.storage.personalData.erasePhone(user.id, deps.clock.now());
    deps.logger.info('revoked_phone_erased', { userId: user.id });
    return 'phone_erased';
  }
  if (revokeInfo === REVOKED_PHOTOS) {
    const photos = await deleteUploadedPhotos(deps, user);
    deps.logger.info('revoked_photos_deleted', { userId: user.id, photos });
    return 'photos_deleted';
  }
  deps.logger.info('revoke_nothing_held', { userId: user.id, revokeInfo });
  return 'nothing_held';
}

/** The photos of the matters they raised (those are the photos they chose); the matters stay. */
async function deleteUploadedPhotos(deps: Deps, user: UserRecord): Promise<number> {
  const raised = await allPages((after) => deps.storage.matters.listByUser(user.id, 'raised', after, PAGE));
  return erasePhotosOf(deps, raised, deps.clock.now());
}
