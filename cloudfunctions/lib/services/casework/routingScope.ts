import { AppError } from '@domain/errors';
import type { Directory, Street } from '@domain/places';
import type { UserRecord } from '../../ports/storage';

/**
 * Whose routing table a call is about. A street user reads and edits its own street's (orgId);
 * the admin any street, named with `streetId`; the committee reads the table of its communities'
 * street (to see where its dispatches go), never edits.
 */
export function routingStreetFor(
  user: UserRecord,
  directory: Directory,
  requested: string | undefined,
  purpose: 'read' | 'edit',
): Street {
  const streetId = streetIdFor(user, directory, requested, purpose);
  const street = directory.streets.find((s) => s.id === streetId);
  if (!street) throw new AppError('NOT_FOUND', '没有这个街道');
  return street;
}

function streetIdFor(
  user: UserRecord,
  directory: Directory,
  requested: string | undefined,
  purpose: 'read' | 'edit',
): string {
  if (user.role === 'admin') {
    if (!requested) throw new AppError('BAD_INPUT', '请选择街道');
    return requested;
  }
  if (user.role === 'street' && user.orgId) {
    if (requested && requested !== user.orgId) throw new AppError('FORBIDDEN', '只能查看和修改本街道的路由表');
    return user.orgId;
  }
  if (user.role === 'committee' && purpose === 'read') {
    const streets = directory.communities.filter((c) => user.communityIds.includes(c.id)).map((c) => c.streetId);
    const streetId = requested ?? streets[0];
    if (!streetId || !streets.includes(streetId)) throw new AppError('FORBIDDEN', '只能查看本社区所在街道的路由表');
    return streetId;
  }
  throw new AppError('FORBIDDEN', '只有街道和管理员可以修改路由表');
}
