import { AppError } from '@domain/errors';
import type { Directory } from '@domain/places';
import type { StatsScope } from '@domain/stats/scope';
import type { UserRecord } from '../../ports/storage';

export interface ResolvedScope {
  scope: StatsScope;
  /** Whose figures these are, as the dashboard's heading says it. */
  scopeLabel: string;
  /** The communities the caller may choose among, in directory order. */
  communities: { id: string; name: string }[];
  /** The community looked at, or null for all of the caller's. */
  communityId: string | null;
}

/**
 * What a caller may look at (issue 16): a committee its community (the first of its communities
 * unless it names another of them), a street all the communities of the street or one of them, a
 * cadre their own work in their communities. A community outside the caller's is refused as not
 * found: its existence is nobody else's business.
 */
export function resolveStatsScope(user: UserRecord, directory: Directory, communityId?: string): ResolvedScope {
  const own = directory.communities.filter((c) => user.communityIds.includes(c.id));
  const communities = own.map((c) => ({ id: c.id, name: c.name }));
  if (communityId !== undefined && !communities.some((c) => c.id === communityId)) {
    throw new AppError('NOT_FOUND', '没有找到这个社区，或不在您的管辖范围内');
  }
  const chosen = communityId ? communities.filter((c) => c.id === communityId) : null;
  switch (user.role) {
    case 'committee': {
      const community = chosen?.[0] ?? communities[0];
      if (!community) throw new AppError('FORBIDDEN', '您的账号还没有分配社区，请联系管理员');
      return {
        scope: { view: 'community', communityIds: [community.id], cadreId: null },
        scopeLabel: community.name,
        communities,
        communityId: community.id,
      };
    }
    case 'street': {
      const street = directory.streets.find((s) => s.id === user.orgId);
      const looked = chosen ?? communities;
      const label = chosen ? chosen[0].name : `${street?.name ?? '本街道'}（${communities.length}个社区）`;
      return {
        scope: { view: 'street', communityIds: looked.map((c) => c.id), cadreId: null },
        scopeLabel: label,
        communities,
        communityId: chosen ? chosen[0].id : null,
      };
    }
    case 'cadre': {
      const looked = chosen ?? communities;
      return {
        scope: { view: 'cadre', communityIds: looked.map((c) => c.id), cadreId: user.id },
        scopeLabel: chosen ? `${user.name} · ${chosen[0].name}` : user.name,
        communities,
        communityId: chosen ? chosen[0].id : null,
      };
    }
    default:
      throw new AppError('FORBIDDEN');
  }
}
