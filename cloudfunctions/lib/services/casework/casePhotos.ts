import { AppError } from '@domain/errors';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';

/**
 * Photos a step carries are file ids the caller uploaded, as for a matter's photos: an id someone
 * else uploaded is refused. Case photos are read by staff only (the case page), so they are not
 * sent to the media check that gates a matter's public photos; a patrol report's photos become the
 * new matter's and go through that check.
 */
export async function checkedPhotos(ctx: ActionContext, photos: readonly string[]): Promise<string[]> {
  const user = requireUser(ctx.caller);
  const unique = [...new Set(photos)];
  const owned = await Promise.all(unique.map((id) => ctx.deps.files.isUploadedBy(id, user.id)));
  if (owned.includes(false)) {
    throw new AppError('BAD_INPUT', '图片无效，请重新上传', [{ path: 'photos', message: '图片无效，请重新上传' }]);
  }
  return unique;
}
