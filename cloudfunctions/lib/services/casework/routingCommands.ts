import type { CaseHolder, RoutingRule, RulePlace, SlaClass } from '@domain/casework';
import { AppError } from '@domain/errors';
import type { MatterCategory } from '@domain/matters/categories';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { checkHolder, checkRulePlace } from './routingBodies';
import { routingStreetFor } from './routingScope';

/*
 * The street's edits of its routing table. Every check comes before the first write, so a refused
 * edit changes nothing. Each edit writes its audit line first (its id from the request id) and the
 * change after: on CloudBase, where a failed call keeps what it wrote, a retry finds the line the
 * first attempt wrote with what the table held before (it keeps the first line), and then makes
 * the change, itself idempotent. Written the other way round, a retry would read the table
 * already changed and could no longer say what it was before.
 */

interface RuleInput {
  streetId?: string;
  ruleId?: string;
  category: MatterCategory | '*';
  place: RulePlace | null;
  holder: CaseHolder;
}

async function editedStreet(ctx: ActionContext, streetId: string | undefined) {
  const user = requireUser(ctx.caller);
  const directory = await ctx.deps.storage.places.directory();
  const street = routingStreetFor(user, directory, streetId, 'edit');
  return { user, directory, street };
}

/** The edit's audit line id: the same for every attempt of one request. */
const auditIdOf = (ctx: ActionContext, action: string) => commandId(ctx, 'audit', `${action}:audit`);

async function audit(
  ctx: ActionContext,
  user: UserRecord,
  action: string,
  target: { type: string; id: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await ctx.deps.storage.audit.append({
    id: auditIdOf(ctx, action),
    actorId: user.id,
    actorName: user.name || '街道',
    action,
    targetType: target.type,
    targetId: target.id,
    communityId: null,
    before,
    after,
    at: ctx.deps.clock.now(),
  });
}

const samePlace = (a: RulePlace | null, b: RulePlace | null) =>
  a === null || b === null ? a === b : a.kind === b.kind && a.id === b.id;

function snapshot(rule: RoutingRule, streetId: string): Record<string, unknown> {
  return { streetId, category: rule.category, place: rule.place, holder: rule.holder };
}

/** casework.saveRoutingRule: a new rule (its id from the request id) or a change of one of the street's. */
export async function saveRoutingRule(ctx: ActionContext, input: RuleInput) {
  const { user, directory, street } = await editedStreet(ctx, input.streetId);
  checkRulePlace(directory, street.id, input.place);
  checkHolder(directory, street.id, input.holder);
  const table = await ctx.deps.storage.routing.table(street.id);
  const ruleId = input.ruleId ?? commandId(ctx, 'rr', 'casework.saveRoutingRule');
  const before = table.rules.find((rule) => rule.id === ruleId) ?? null;
  // A retried new rule finds itself under its derived id: not missing, and not its own twin.
  if (input.ruleId && !before) throw new AppError('NOT_FOUND', '要修改的规则不存在或已被删除');
  const twin = table.rules.find(
    (rule) => rule.id !== ruleId && rule.category === input.category && samePlace(rule.place, input.place),
  );
  if (twin) throw new AppError('BAD_INPUT', '已有一条相同类别和地点的规则，请直接修改那一条');
  const rule: RoutingRule = { id: ruleId, category: input.category, place: input.place, holder: input.holder };
  const target = { type: 'routingRule', id: ruleId };
  const snapshots = [before && snapshot(before, street.id), snapshot(rule, street.id)] as const;
  await audit(ctx, user, 'casework.saveRoutingRule', target, ...snapshots);
  const now = ctx.deps.clock.now();
  await ctx.deps.storage.routing.saveRule({ ...rule, streetId: street.id, updatedAt: now, updatedBy: user.id });
  return { ruleId };
}

/**
 * casework.deleteRoutingRule: false when the street has no such rule (deleted before), unless
 * this request's own earlier attempt deleted it (its audit line says so).
 */
export async function deleteRoutingRule(ctx: ActionContext, input: { streetId?: string; ruleId: string }) {
  const { user, street } = await editedStreet(ctx, input.streetId);
  const table = await ctx.deps.storage.routing.table(street.id);
  const before = table.rules.find((rule) => rule.id === input.ruleId);
  const action = 'casework.deleteRoutingRule';
  if (!before) {
    const ours = ctx.earlierAttempt && (await ctx.deps.storage.audit.findById(auditIdOf(ctx, action)));
    return { deleted: Boolean(ours) };
  }
  await audit(ctx, user, action, { type: 'routingRule', id: input.ruleId }, snapshot(before, street.id), null);
  // False when another street user's delete came between (their line and this one both stand).
  return { deleted: await ctx.deps.storage.routing.deleteRule(street.id, input.ruleId) };
}

/** casework.setSlaClass: the class of one category in the street (the clock of its new dispatches). */
export async function setSlaClass(
  ctx: ActionContext,
  input: { streetId?: string; category: MatterCategory; slaClass: SlaClass },
) {
  const { user, street } = await editedStreet(ctx, input.streetId);
  const table = await ctx.deps.storage.routing.table(street.id);
  const before = table.slaClasses[input.category] ?? null;
  await audit(
    ctx,
    user,
    'casework.setSlaClass',
    { type: 'routingTable', id: street.id },
    { category: input.category, slaClass: before },
    { category: input.category, slaClass: input.slaClass },
  );
  await ctx.deps.storage.routing.setSlaClass(street.id, input.category, input.slaClass, user.id, ctx.deps.clock.now());
  return { category: input.category, slaClass: input.slaClass };
}
