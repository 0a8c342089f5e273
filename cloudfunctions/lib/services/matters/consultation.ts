import { AppError } from '@domain/errors';
import { assertMeetingHeld, assertOpenItemsConfirmed } from '@domain/matters/conclusion';
import { formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import type { MatterState } from '@domain/matters/states';
import type { ActionItem } from '@domain/matters/views';
import type { ActionContext } from '../../service';
import type { EscalationRecord } from '../../ports/matters';
import type { ConsultationRecord } from '../../ports/consultations';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { auditCommitteeAction } from './audit';
import { detail } from './browse';
import { consultationView, usersById } from './present';
import { applyTransitionOnce } from './transition';
import { committeeMatter, communityFor } from './viewer';
import { notify } from '../notifications/notify';

export interface ConveneInput {
  matterId: string;
  scheduledAt: number;
  place: string;
  agenda: string;
  inviteSupporters: boolean;
  departments: string[];
  cadreIds: string[];
}

/** 拉呱说事: schedule a consultation; supporters, named departments and cadres are invited. */
export async function convene(ctx: ActionContext, input: ConveneInput) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const matter = await committeeMatter(deps, ctx.caller, input.matterId);
  if (input.scheduledAt < deps.clock.now()) {
    throw new AppError('BAD_INPUT', '协商时间不能早于现在', [{ path: 'scheduledAt', message: '协商时间不能早于现在' }]);
  }
  const cadres = await deps.storage.users.findByIds(input.cadreIds);
  const strangers = input.cadreIds.filter(
    (id) => !cadres.some((c) => c.id === id && c.role === 'cadre' && c.communityIds.includes(matter.communityId)),
  );
  if (strangers.length > 0) {
    throw new AppError('BAD_INPUT', '只能邀请本社区的民情书记', [
      { path: 'cadreIds', message: '只能邀请本社区的民情书记' },
    ]);
  }
  const supporters = input.inviteSupporters ? await deps.storage.matters.supporterIds(matter.id) : [];
  const now = deps.clock.now();
  const consultation: ConsultationRecord = {
    id: commandId(ctx, 'k', 'matter.convene'),
    matterId: matter.id,
    communityId: matter.communityId,
    scheduledAt: input.scheduledAt,
    place: input.place,
    agenda: input.agenda,
    invitedResidentIds: [...new Set([matter.authorId, ...supporters])],
    departments: input.departments,
    cadreIds: input.cadreIds,
    minutes: '',
    actions: [],
    outcome: '',
    createdAt: now,
    updatedAt: now,
  };
  // Ids from the request id: a retry after a failure finds the transition, the consultation and
  // the audit line an earlier attempt wrote, and writes only what is missing.
  const { fromState } = await applyTransitionOnce(deps, matter, {
    transition: 'convene',
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: `${input.place}`,
    entryId: commandId(ctx, 't', 'matter.convene'),
  });
  if (!(await deps.storage.consultations.findById(consultation.id)))
    await deps.storage.consultations.create(consultation);
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.convene'),
    action: 'matter.convene',
    targetType: 'consultation',
    targetId: consultation.id,
    communityId: matter.communityId,
    before: { state: fromState },
    after: { state: 'consulting', scheduledAt: input.scheduledAt, place: input.place },
  });
  await notify(deps, {
    kind: 'consultation_scheduled',
    userIds: [...consultation.invitedResidentIds, ...consultation.cadreIds],
    communityId: matter.communityId,
    ref: { type: 'matter', id: matter.id },
    title: matter.title,
    facts: { when: input.scheduledAt, place: input.place },
    dedupeKey: `consultation_scheduled:${consultation.id}`,
    at: now,
  });
  const users = await usersById(deps, consultation.cadreIds);
  return { consultation: consultationView(consultation, users, deps.clock.now()) };
}

/** The cadres serving the committee's community, for the convene form's invitations. */
export async function communityCadres(ctx: ActionContext, input: { communityId?: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const page = await ctx.deps.storage.users.list({ role: 'cadre', communityId, after: null, limit: 100 });
  return { cadres: page.items.map((cadre) => ({ id: cadre.id, name: cadre.name || '民情书记' })) };
}

export async function recordMinutes(
  ctx: ActionContext,
  input: {
    consultationId: string;
    minutes: string;
    actions: (Omit<ActionItem, 'id'> & { id?: string })[];
    outcome: string;
  },
) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const consultation = await deps.storage.consultations.findById(input.consultationId);
  if (!consultation) throw new AppError('NOT_FOUND', '协商会不存在');
  await committeeMatter(deps, ctx.caller, consultation.matterId);
  assertMeetingHeld(consultation.scheduledAt, deps.clock.now(), '记录纪要');
  const actions: ActionItem[] = input.actions.map((a, index) => ({
    ...a,
    id: a.id ?? commandId(ctx, 'i', `matter.recordMinutes:${index}`),
  }));
  await deps.storage.consultations.update(
    consultation.id,
    { minutes: input.minutes, actions, outcome: input.outcome },
    deps.clock.now(),
  );
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.recordMinutes'),
    action: 'matter.recordMinutes',
    targetType: 'consultation',
    targetId: consultation.id,
    communityId: consultation.communityId,
    before: { minutes: consultation.minutes, actions: consultation.actions.length, outcome: consultation.outcome },
    after: { minutes: input.minutes, actions: actions.length, outcome: input.outcome },
  });
  const updated = (await deps.storage.consultations.findById(consultation.id))!;
  return { consultation: consultationView(updated, await usersById(deps, updated.cadreIds), deps.clock.now()) };
}

const endingTransition = { resolve: 'resolve', closeUnresolved: 'closeUnresolved', refer: 'refer' } as const;

/** The honest endings: resolved, closed unresolved, or referred elsewhere, each with a reason. */
export async function conclude(
  ctx: ActionContext,
  input: { matterId: string; ending: keyof typeof endingTransition; reason: string; confirmOpenItems?: boolean },
) {
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(ctx.deps, ctx.caller, input.matterId);
  await assertNoOpenCase(ctx, matter.id);
  const now = ctx.deps.clock.now();
  const consultation = await ctx.deps.storage.consultations.findByMatter(matter.id);
  if (consultation) {
    if (input.ending === 'resolve') assertMeetingHeld(consultation.scheduledAt, now, '标记为已解决');
    assertOpenItemsConfirmed(consultation.actions, input.confirmOpenItems === true);
  }
  const entryId = commandId(ctx, 't', 'matter.conclude');
  const { matter: updated, fromState } = await applyTransitionOnce(ctx.deps, matter, {
    transition: endingTransition[input.ending],
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: input.reason,
    patch: input.ending === 'resolve' ? { resolvedAt: now } : {},
    entryId,
  });
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.conclude'),
    action: `matter.conclude.${input.ending}`,
    targetType: 'matter',
    targetId: matter.id,
    communityId: matter.communityId,
    before: { state: fromState },
    after: { state: updated.state, reason: input.reason },
  });
  await notify(ctx.deps, {
    kind: 'matter_resolved',
    userIds: await ctx.deps.storage.matters.followerIds(matter.id),
    communityId: matter.communityId,
    ref: { type: 'matter', id: matter.id },
    title: matter.title,
    facts: { reason: input.reason },
    dedupeKey: `concluded:${matter.id}:${entryId}`,
    at: now,
  });
  return { matter: await detail(ctx, { matterId: matter.id }) };
}

/**
 * A matter dispatched as a case (casework) is answered by the case loop: the committee follows it
 * on the case page, or withdraws the case first, instead of recording an answer or an ending here.
 */
async function assertNoOpenCase(ctx: ActionContext, matterId: string): Promise<void> {
  if (await ctx.deps.storage.cases.findOpenForMatter(matterId)) {
    throw new AppError('INVALID_STATE', '这件说事已派遣给承办单位办理，请在案件页跟进；如需自行处理，请先撤回案件');
  }
}

/** 街呼区应: escalate to the street or a district department with a due date. */
export async function escalate(
  ctx: ActionContext,
  input: { matterId: string; level: 'street' | 'district'; department: string; dueDate: string; note: string },
) {
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(ctx.deps, ctx.caller, input.matterId);
  const now = ctx.deps.clock.now();
  if (input.dueDate < shanghaiDateOf(now)) {
    throw new AppError('BAD_INPUT', '答复期限不能早于今天', [{ path: 'dueDate', message: '答复期限不能早于今天' }]);
  }
  const escalation: EscalationRecord = {
    level: input.level,
    department: input.department,
    dueDate: input.dueDate,
    note: input.note,
    escalatedAt: now,
    response: '',
    respondedAt: null,
  };
  const { fromState } = await applyTransitionOnce(ctx.deps, matter, {
    transition: 'escalate',
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: `${input.department}，${formatShanghaiDay(input.dueDate)}前答复`,
    patch: { escalation },
    entryId: commandId(ctx, 't', 'matter.escalate'),
  });
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.escalate'),
    action: 'matter.escalate',
    targetType: 'matter',
    targetId: matter.id,
    communityId: matter.communityId,
    before: { state: fromState },
    after: { state: 'escalated', department: input.department, dueDate: input.dueDate },
  });
  return { matter: await detail(ctx, { matterId: matter.id }) };
}

/** Where the matter stood when it was last escalated: the department's answer returns it there. */
async function stateBeforeEscalation(ctx: ActionContext, matterId: string): Promise<MatterState | undefined> {
  const escalations = (await ctx.deps.storage.matters.timeline(matterId)).filter((e) => e.transition === 'escalate');
  const latest = escalations.sort((a, b) => b.at - a.at)[0];
  return latest?.fromState ?? undefined;
}

/** The street's or department's answer: the matter goes back to the committee, in the state it left. */
export async function answerEscalation(ctx: ActionContext, input: { matterId: string; response: string }) {
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(ctx.deps, ctx.caller, input.matterId);
  if (!matter.escalation) throw new AppError('INVALID_STATE', '这件说事没有上报');
  await assertNoOpenCase(ctx, matter.id);
  const now = ctx.deps.clock.now();
  const entryId = commandId(ctx, 't', 'matter.answerEscalation');
  const { matter: answered, fromState } = await applyTransitionOnce(ctx.deps, matter, {
    transition: 'answerEscalation',
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: input.response,
    previous: await stateBeforeEscalation(ctx, matter.id),
    patch: { escalation: { ...matter.escalation, response: input.response, respondedAt: now } },
    entryId,
  });
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.answerEscalation'),
    action: 'matter.answerEscalation',
    targetType: 'matter',
    targetId: matter.id,
    communityId: matter.communityId,
    before: { state: fromState, response: matter.escalation.response },
    after: { state: answered.state, response: input.response },
  });
  await notify(ctx.deps, {
    kind: 'escalation_answered',
    userIds: await ctx.deps.storage.matters.followerIds(matter.id),
    communityId: matter.communityId,
    ref: { type: 'matter', id: matter.id },
    title: matter.title,
    dedupeKey: `escalation_answered:${matter.id}:${entryId}`,
    at: now,
  });
  return { matter: await detail(ctx, { matterId: matter.id }) };
}
