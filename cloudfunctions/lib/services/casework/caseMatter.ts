import { AppError } from '@domain/errors';
import { shanghaiDateOf } from '@domain/time';
import type { MatterState } from '@domain/matters/states';
import type { MatterActor } from '@domain/matters/transitions';
import type { Deps } from '../../deps';
import type { EscalationRecord, MatterPatch, MatterRecord, TimelineActor } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { applyTransitionOnce, type TransitionRequest } from '../matters/transition';
import { notify } from '../notifications/notify';

/*
 * What the case loop does to the matter it is about (docs/adr/0012). The dispatch escalates the
 * matter, with `escalation` filled as the committee's own 街呼区应 note was (the holder's name and
 * the Shanghai date of the due time), so every existing view of an escalated matter keeps working;
 * each later hand-off is a public timeline entry in plain words; the on-site check resolves the
 * matter (the resident then rates it, as today); a withdrawal hands it back where it stood.
 * Every entry's id comes from the request id, so a retried step writes it once.
 */

/** Who took the step, as the timeline records people: by role, never by name or phone. */
export function timelineActorOf(user: UserRecord | null): TimelineActor {
  if (!user) return 'system';
  return user.role === 'resident' ? 'resident' : user.role;
}

export interface MatterStep {
  matter: MatterRecord;
  user: UserRecord | null;
  /** The public words (handoffText). */
  text: string;
  entryId: string;
}

/**
 * The step's transition of the matter and its public timeline entry: the case loop's own (unless
 * `actor` says otherwise), recorded by the role of who took it, in the step's words, under the id
 * from the request id.
 */
function applyStep(
  deps: Deps,
  step: MatterStep,
  request: Pick<TransitionRequest, 'transition' | 'patch' | 'previous'> & { actor?: MatterActor },
) {
  return applyTransitionOnce(deps, step.matter, {
    actor: 'system',
    actorId: step.user?.id ?? null,
    actorRole: timelineActorOf(step.user),
    note: step.text,
    entryId: step.entryId,
    ...request,
  });
}

/** 派遣: open / consulting -> escalated, with the holder and the due date as the escalation. */
export async function escalateMatter(
  deps: Deps,
  step: MatterStep & { holderName: string; holderKind: string; dueAt: number; by: 'committee' | 'system' },
): Promise<MatterRecord> {
  const escalation: EscalationRecord = {
    level: step.holderKind === 'department' ? 'district' : 'street',
    department: step.holderName,
    dueDate: shanghaiDateOf(step.dueAt),
    dueAt: step.dueAt,
    note: '',
    escalatedAt: deps.clock.now(),
    response: '',
    respondedAt: null,
  };
  const { matter } = await applyStep(deps, step, { transition: 'escalate', actor: step.by, patch: { escalation } });
  return matter;
}

/**
 * A hand-off on the public timeline (escalated -> escalated). When the due time or the holder
 * changed, the escalation follows, so the committee's list shows who holds it and by when. A
 * matter the committee hid meanwhile gets no entry: the case goes on, its page says what happened.
 */
export async function handoffOnMatter(
  deps: Deps,
  step: MatterStep & { escalation?: { holderName: string; dueAt: number } },
): Promise<void> {
  if (step.matter.state !== 'escalated' && !(await alreadyWritten(deps, step))) return;
  const current = step.matter.escalation;
  const escalation =
    step.escalation && current
      ? {
          ...current,
          department: step.escalation.holderName,
          dueDate: shanghaiDateOf(step.escalation.dueAt),
          dueAt: step.escalation.dueAt,
        }
      : undefined;
  await applyStep(deps, step, { transition: 'caseHandoff', patch: escalation ? { escalation } : {} });
}

async function alreadyWritten(deps: Deps, step: MatterStep): Promise<boolean> {
  return (await deps.storage.matters.timeline(step.matter.id)).some((entry) => entry.id === step.entryId);
}

/**
 * A matter the committee hid while its case went on: the case's end moves where the matter
 * returns when unhidden (resolved after a passed check, back where it stood after a withdrawal),
 * so the outcome is not lost behind the moderation. True when it was such a matter.
 */
async function settleHiddenMatter(deps: Deps, matter: MatterRecord, patch: MatterPatch): Promise<boolean> {
  if (matter.state !== 'hidden' || matter.stateBeforeHidden !== 'escalated') return false;
  await deps.storage.matters.update(matter.id, patch, deps.clock.now());
  return true;
}

/** 核查通过: the matter is resolved, and its followers hear it as for the committee's resolve. */
export async function resolveMatter(deps: Deps, step: MatterStep): Promise<void> {
  const now = deps.clock.now();
  const escalation = step.matter.escalation;
  const answered = escalation ? { escalation: { ...escalation, respondedAt: now } } : {};
  if (await settleHiddenMatter(deps, step.matter, { stateBeforeHidden: 'resolved', resolvedAt: now, ...answered })) {
    return;
  }
  if (step.matter.state !== 'escalated' && !(await alreadyWritten(deps, step))) return;
  await applyStep(deps, step, { transition: 'caseVerified', patch: { resolvedAt: now, ...answered } });
  await notify(deps, {
    kind: 'matter_resolved',
    userIds: (await deps.storage.matters.followerIds(step.matter.id)).filter((id) => id !== step.user?.id),
    communityId: step.matter.communityId,
    ref: { type: 'matter', id: step.matter.id },
    title: step.matter.title,
    facts: { reason: step.text },
    dedupeKey: `concluded:${step.matter.id}:${step.entryId}`,
    at: now,
  });
}

/** Where the matter stood when it was last escalated: a withdrawal returns it there. */
async function stateBeforeEscalation(deps: Deps, matterId: string): Promise<MatterState | undefined> {
  const escalations = (await deps.storage.matters.timeline(matterId)).filter((e) => e.transition === 'escalate');
  return escalations.sort((a, b) => b.at - a.at)[0]?.fromState ?? undefined;
}

/** 撤回: back to 征集意见 or 协商中, whichever the matter left for the dispatch. */
export async function withdrawMatter(deps: Deps, step: MatterStep): Promise<void> {
  const before = (await stateBeforeEscalation(deps, step.matter.id)) ?? 'open';
  if (await settleHiddenMatter(deps, step.matter, { stateBeforeHidden: before, escalation: null })) return;
  if (step.matter.state !== 'escalated' && !(await alreadyWritten(deps, step))) return;
  await applyStep(deps, step, { transition: 'caseWithdrawn', previous: before, patch: { escalation: null } });
}

export async function caseMatter(deps: Deps, matterId: string): Promise<MatterRecord> {
  const matter = await deps.storage.matters.findById(matterId);
  if (!matter) throw new AppError('NOT_FOUND', '案件所属的说事不存在');
  return matter;
}
