import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor, type CursorPosition } from '@domain/pagination';
import type { Directory } from '@domain/places';
import { roleScope } from '@domain/roleScope';
import { isCaseRole, isStaffRole, type Role } from '@domain/users';
import { parseUserSearch } from '@domain/userSearch';
import type { ActionContext, ServiceMap } from '../service';
import type { Page, ProfilePatch, UserRecord } from '../ports/storage';
import { commandId } from './commandIds';
import { requireUser } from './requireUser';
import { selfView, userSummary } from './views';
import { exportMyData } from './accounts/exportMyData';
import { deleteAccount } from './accounts/deleteAccount';
import { newResident } from './accounts/newResident';
import { verifyPhone } from './accounts/verifyPhone';
import { auditTrail } from './accounts/auditTrail';

export const accountServices: ServiceMap<'account'> = {
  async login({ caller, deps }) {
    if (caller.user) return { user: selfView(caller.user), isNew: false };
    const now = deps.clock.now();
    const { user, created } = await deps.storage.users.createIfAbsent(
      newResident(deps.ids.newId(), caller.openid, now),
    );
    if (created) deps.logger.info('user_created', { userId: user.id });
    return { user: selfView(user), isNew: created };
  },

  async me({ caller }) {
    return { user: selfView(requireUser(caller)) };
  },

  async updateProfile({ caller, deps }, input) {
    const user = requireUser(caller);
    const directory = await deps.storage.places.directory();
    const patch = profilePatch(user, input, directory);
    // Slots carry their cadre's name. Renamed first: a retry after the profile write failed
    // still sees the old name, so it renames them again; the other order could leave them stale.
    if (isStaffRole(user.role) && patch.name !== user.name) await deps.storage.slots.renameCadre(user.id, patch.name);
    const updated = await deps.storage.users.updateProfile(user.id, patch, deps.clock.now());
    if (!updated) throw new AppError('NOT_FOUND');
    return { user: selfView(updated) };
  },

  async setPreferences({ caller, deps }, input) {
    const user = requireUser(caller);
    const updated = await deps.storage.users.setElderMode(user.id, input.elderMode, deps.clock.now());
    if (!updated) throw new AppError('NOT_FOUND');
    return { user: selfView(updated) };
  },

  async directory({ deps }) {
    return deps.storage.places.directory();
  },

  async listUsers({ deps }, input) {
    const page = await deps.storage.users.list({
      role: input.role,
      communityId: input.communityId,
      search: parseUserSearch(input.search),
      after: cursorOrThrow(input.cursor),
      limit: input.limit,
    });
    return { items: page.items.map(userSummary), nextCursor: nextCursorOf(page) };
  },

  async assignRole(ctx, input) {
    return assignRole(ctx, input);
  },

  async listAudit({ deps }, input) {
    const page = await deps.storage.audit.list({ after: cursorOrThrow(input.cursor), limit: input.limit });
    return { items: page.items, nextCursor: nextCursorOf(page) };
  },
  verifyPhone,
  exportMyData,
  deleteAccount,
  auditTrail,
};

interface ProfileFields {
  name: string;
  communityId: string;
  gridId?: string | null;
  compoundId?: string | null;
  building?: string;
  phone?: string;
}

/**
 * Checks the chosen places against the directory and each other. Residents choose their
 * community; staff only pick a home among the communities an admin assigned them.
 */
function profilePatch(user: UserRecord, input: ProfileFields, directory: Directory): ProfilePatch {
  const community = directory.communities.find((c) => c.id === input.communityId);
  if (!community) throw badField('communityId', '请选择有效的社区');
  // A case role with communities (grid worker, street, property) picks among them too; a
  // department is district-wide and picks any.
  const bound = isStaffRole(user.role) || (isCaseRole(user.role) && user.communityIds.length > 0);
  if (bound && !user.communityIds.includes(community.id)) {
    throw new AppError('OUTSIDE_COMMUNITY', '只能选择管理员为您指定的社区');
  }
  const gridId = input.gridId ?? null;
  if (gridId && !directory.grids.some((g) => g.id === gridId && g.communityId === community.id)) {
    throw badField('gridId', '所选网格不属于该社区');
  }
  const compoundId = input.compoundId ?? null;
  const compound = compoundId ? directory.compounds.find((c) => c.id === compoundId) : undefined;
  if (compoundId && (!compound || compound.communityId !== community.id)) {
    throw badField('compoundId', '所选小区不属于该社区');
  }
  if (compound && gridId && compound.gridId !== gridId) throw badField('compoundId', '所选小区不属于该网格');
  return {
    name: input.name,
    communityId: community.id,
    communityIds: user.role === 'resident' ? [community.id] : user.communityIds,
    gridId: gridId ?? compound?.gridId ?? null,
    compoundId,
    building: input.building ?? user.building,
    ...phoneOf(user, input.phone),
  };
}

/** A changed number is only typed in: it loses the verification the old one had. */
function phoneOf(user: UserRecord, typed: string | undefined): Pick<ProfilePatch, 'phone' | 'phoneVerifiedAt'> {
  const phone = typed ?? user.phone;
  return { phone, phoneVerifiedAt: phone === user.phone ? user.phoneVerifiedAt : null };
}

async function assignRole(
  { caller, deps, requestId }: ActionContext,
  input: { userId: string; role: Role; communityIds: string[]; gridIds?: string[]; orgId?: string | null },
) {
  const admin = requireUser(caller);
  const target = await deps.storage.users.findById(input.userId);
  if (!target) throw new AppError('NOT_FOUND', '用户不存在');
  const directory = await deps.storage.places.directory();
  // The case roles' communities come from their grids or body (docs/adr/0013), checked here.
  const scoped = roleScope(input.role, input, directory);
  if (!scoped.ok) throw badField(scoped.path, scoped.message);
  const { communityIds } = scoped.scope;
  assertCommunitiesExist(directory, communityIds);
  if (isStaffRole(input.role) && communityIds.length === 0) {
    throw badField('communityIds', '民情书记和居委会成员至少要指定一个社区');
  }
  if (input.role === 'resident' && communityIds.length > 1) {
    throw badField('communityIds', '居民只能属于一个社区');
  }
  if (target.id === admin.id && input.role !== 'admin') {
    throw new AppError('CONFLICT', '不能取消自己的管理员角色');
  }
  const now = deps.clock.now();
  const updated = await deps.storage.users.assignRole(target.id, { role: input.role, ...scoped.scope }, now);
  if (!updated) throw new AppError('NOT_FOUND', '用户不存在');
  await deps.storage.audit.append({
    // From the request id: a retry after a failure writes this line once.
    id: commandId({ caller, deps, requestId }, 'a', 'account.assignRole'),
    actorId: admin.id,
    actorName: admin.name || '管理员',
    action: 'account.assignRole',
    targetType: 'user',
    targetId: target.id,
    communityId: communityIds[0] ?? null,
    before: scopeOf(target),
    after: scopeOf(updated),
    at: now,
  });
  return { user: userSummary(updated) };
}

/** What an audit line keeps of a role change: the role and everything it is scoped to. */
function scopeOf(user: UserRecord) {
  return { role: user.role, communityIds: user.communityIds, gridIds: user.gridIds, orgId: user.orgId };
}

function assertCommunitiesExist(directory: Directory, communityIds: string[]): void {
  const known = new Set(directory.communities.map((c) => c.id));
  const unknown = communityIds.find((id) => !known.has(id));
  if (unknown) throw badField('communityIds', `社区不存在：${unknown}`);
}

function badField(path: string, message: string): AppError {
  return new AppError('BAD_INPUT', message, [{ path, message }]);
}

function cursorOrThrow(cursor: string | undefined): CursorPosition | null {
  if (cursor === undefined) return null;
  const position = decodeCursor(cursor);
  if (!position) throw badField('cursor', '分页参数无效');
  return position;
}

function nextCursorOf<T>(page: Page<T>): string | null {
  return page.next ? encodeCursor(page.next) : null;
}
