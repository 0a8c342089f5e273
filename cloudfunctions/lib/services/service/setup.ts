import { AppError } from '@domain/errors';
import type { ServiceCategory } from '@domain/service/categories';
import { starterMenu, type ServiceTaker } from '@domain/service/menu';
import type { Deps } from '../../deps';
import type { ServiceItemRecord, StationRecord } from '../../ports/service';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { itemView, stationViews, upcomingByStation } from './setupViews';
import { volunteerIdOf } from './volunteerAccess';

async function setupOf(deps: Deps, communityId: string) {
  const [items, teams, stations] = await Promise.all([
    deps.storage.serviceSetup.listItems(communityId),
    deps.storage.serviceSetup.listTeams(communityId),
    deps.storage.serviceSetup.listStations(communityId),
  ]);
  return { items, teams, stations, upcoming: await upcomingByStation(deps, stations) };
}

/** What a resident (or staff) can order and where the stations are; a resident's own report state. */
export async function catalogue(ctx: ActionContext, input: { communityId?: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const [{ items, teams, stations, upcoming }, report] = await Promise.all([
    setupOf(ctx.deps, communityId),
    user.role === 'resident' ? ctx.deps.storage.volunteers.findById(volunteerIdOf(communityId, user.id)) : null,
  ]);
  const active = items.filter((i) => i.active);
  return {
    communityId,
    items: active.map((i) => itemView(i, teams, stations)),
    stations: stationViews(stations, active, user.compoundId, upcoming),
    volunteer: report ? { state: report.state, returnReason: report.returnReason } : null,
  };
}

export async function serviceSetup(ctx: ActionContext, input: { communityId?: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { items, teams, stations, upcoming } = await setupOf(ctx.deps, communityId);
  return {
    communityId,
    items: items.map((i) => itemView(i, teams, stations)),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    stations: stationViews(stations, items, null, upcoming),
  };
}

/** An id the committee names must be one of its community's; a new record's id comes from the request. */
async function ownId<T extends { communityId: string }>(
  ctx: ActionContext,
  communityId: string,
  id: string | undefined,
  find: (id: string) => Promise<T | null>,
  prefix: string,
  purpose: string,
): Promise<{ id: string; existing: T | null }> {
  if (!id) return { id: commandId(ctx, prefix, purpose), existing: null };
  const existing = await find(id);
  if (!existing || existing.communityId !== communityId) throw new AppError('NOT_FOUND', '要修改的内容不存在');
  return { id, existing };
}

interface ItemInput {
  communityId?: string;
  id?: string;
  name: string;
  description: string;
  category: ServiceCategory;
  takenBy: ServiceTaker;
  takerId: string | null;
  responseHours: number;
  standardMinutes: number;
  active: boolean;
}

export async function saveServiceItem(ctx: ActionContext, input: ItemInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { deps } = ctx;
  const { id, existing } = await ownId(
    ctx,
    communityId,
    input.id,
    (i) => deps.storage.serviceSetup.findItem(i),
    'si',
    'service.saveServiceItem',
  );
  const { teams, stations, items } = await setupOf(deps, communityId);
  const takerId = await checkedTaker(input.takenBy, input.takerId, teams, stations);
  const item: ServiceItemRecord = {
    id,
    communityId,
    name: input.name,
    description: input.description,
    category: input.category,
    takenBy: input.takenBy,
    takerId,
    responseHours: input.responseHours,
    standardMinutes: input.standardMinutes,
    active: input.active,
    position: existing?.position ?? items.reduce((max, i) => Math.max(max, i.position + 1), 0),
    updatedAt: deps.clock.now(),
  };
  await deps.storage.serviceSetup.saveItem(item);
  return { item: itemView(item, teams, stations) };
}

/** A team or station item names one of the community's; the others name none. */
function checkedTaker(
  takenBy: ServiceTaker,
  takerId: string | null,
  teams: readonly { id: string }[],
  stations: readonly { id: string }[],
): string | null {
  if (takenBy !== 'team' && takenBy !== 'station') return null;
  const known = (takenBy === 'team' ? teams : stations).some((t) => t.id === takerId);
  if (!takerId || !known) {
    const message = takenBy === 'team' ? '请选择接单的服务队' : '请选择接单的驿站';
    throw new AppError('BAD_INPUT', message, [{ path: 'takerId', message }]);
  }
  return takerId;
}

/** The starter menu for a community whose menu is empty (a second tap adds nothing). */
export async function adoptStarterMenu(ctx: ActionContext, input: { communityId?: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { deps } = ctx;
  const { items: current, teams, stations } = await setupOf(deps, communityId);
  if (current.length === 0) {
    const now = deps.clock.now();
    for (const [position, fields] of starterMenu.entries()) {
      // Ids from the community and the position: a retried or repeated tap writes the same items.
      await deps.storage.serviceSetup.saveItem({
        ...fields,
        id: `si-${communityId}-${position}`,
        communityId,
        position,
        updatedAt: now,
      });
    }
  }
  const items = await deps.storage.serviceSetup.listItems(communityId);
  return { items: items.map((i) => itemView(i, teams, stations)) };
}

export async function saveTeam(ctx: ActionContext, input: { communityId?: string; id?: string; name: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { deps } = ctx;
  const teams = await deps.storage.serviceSetup.listTeams(communityId);
  const { id, existing } = await ownId(
    ctx,
    communityId,
    input.id,
    async (i) => teams.find((t) => t.id === i) ?? null,
    'vt',
    'service.saveTeam',
  );
  const team = { id, communityId, name: input.name, createdAt: existing?.createdAt ?? deps.clock.now() };
  await deps.storage.serviceSetup.saveTeam(team);
  return { team: { id, name: team.name } };
}

interface StationInput {
  communityId?: string;
  id?: string;
  name: string;
  address: string;
  openingHours: string;
  contactPhone: string;
  itemIds: string[];
  walkMinutes: Record<string, number>;
}

export async function saveStation(ctx: ActionContext, input: StationInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { deps } = ctx;
  const { id } = await ownId(
    ctx,
    communityId,
    input.id,
    (i) => deps.storage.serviceSetup.findStation(i),
    'st',
    'service.saveStation',
  );
  const [items, directory] = await Promise.all([
    deps.storage.serviceSetup.listItems(communityId),
    deps.storage.places.directory(),
  ]);
  const refuse = (path: string, message: string) => new AppError('BAD_INPUT', message, [{ path, message }]);
  const itemIds = [...new Set(input.itemIds)];
  if (!itemIds.every((i) => items.some((item) => item.id === i))) throw refuse('itemIds', '服务项目不存在');
  const compounds = new Set(directory.compounds.filter((c) => c.communityId === communityId).map((c) => c.id));
  if (!Object.keys(input.walkMinutes).every((c) => compounds.has(c))) throw refuse('walkMinutes', '小区不属于本社区');
  const station: StationRecord = {
    id,
    communityId,
    name: input.name,
    address: input.address,
    openingHours: input.openingHours,
    contactPhone: input.contactPhone,
    itemIds,
    walkMinutes: { ...input.walkMinutes },
    updatedAt: deps.clock.now(),
  };
  await deps.storage.serviceSetup.saveStation(station);
  return { station: stationViews([station], items, null, await upcomingByStation(deps, [station]))[0] };
}
