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
 * The street's edits of its routing table. Every check comes before the one write, so a refused
 * edit changes nothing; each change leaves an audit line whose id comes from the request id, so a
 * retried edit writes its line once.
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

async function audit(
  ctx: ActionContext,
  user: UserRecord,
  action: string,
  target: { type: string; id: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await ctx.deps.storage.audit.append({
    id: commandId(ctx, 'audit', `${action}:audit`),
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
  const now = ctx.deps.clock.now();
  await ctx.deps.storage.routing.saveRule({ ...rule, streetId: street.id, updatedAt: now, updatedBy: user.id });
  await audit(
    ctx,
    user,
    'casework.saveRoutingRule',
    { type: 'routingRule', id: ruleId },
    before && snapshot(before, street.id),
    snapshot(rule, street.id),
  );
  return { ruleId };
}

/** casework.deleteRoutingRule: false when the street has no such rule (deleted before). */
export async function deleteRoutingRule(ctx: ActionContext, input: { streetId?: string; ruleId: string }) {
  const { user, street } = await editedStreet(ctx, input.streetId);
  const table = await ctx.deps.storage.routing.table(street.id);
  const before = table.rules.find((rule) => rule.id === input.ruleId);
  if (!before) return { deleted: false };
  const deleted = await ctx.deps.storage.routing.deleteRule(street.id, input.ruleId);
  if (deleted) {
    const target = { type: 'routingRule', id: input.ruleId };
    await audit(ctx, user, 'casework.deleteRoutingRule', target, snapshot(before, street.id), null);
  }
  return { deleted };
}

/** casework.setSlaClass: the class of one category in the street (the clock of its new dispatches). */
export async function setSlaClass(
  ctx: ActionContext,
  input: { streetId?: string; category: MatterCategory; slaClass: SlaClass },
) {
  const { user, street } = await editedStreet(ctx, input.streetId);
  const table = await ctx.deps.storage.routing.table(street.id);
  const before = table.slaClasses[input.category] ?? null;
  await ctx.deps.storage.routing.setSlaClass(street.id, input.category, input.slaClass, user.id, ctx.deps.clock.now());
  await audit(
    ctx,
    user,
    'casework.setSlaClass',
    { type: 'routingTable', id: street.id },
    { category: input.category, slaClass: before },
    { category: input.category, slaClass: input.slaClass },
  );
  return { category: input.category, slaClass: input.slaClass };
}
