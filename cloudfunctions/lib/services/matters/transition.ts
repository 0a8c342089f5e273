import { AppError } from '@domain/errors';
import { nextState, type MatterActor, type MatterTransition } from '@domain/matters/transitions';
import type { Deps } from '../../deps';
import type { MatterState } from '@domain/matters/states';
import type { MatterPatch, MatterRecord, TimelineActor, TimelineRecord } from '../../ports/matters';

export interface TransitionRequest {
  transition: MatterTransition;
  actor: MatterActor;
  actorId: string | null;
  actorRole: TimelineActor;
  note?: string;
  patch?: MatterPatch;
  /** The timeline entry's id; commands derive it from the request id (see applyTransitionOnce). */
  entryId?: string;
  /** For a transition back to an earlier state other than unhiding: that state (see nextState). */
  previous?: MatterState;
}

/**
 * The only way a service changes a matter's state: the domain's transition table decides the
 * next state, and storage applies it only if nobody changed the matter meanwhile.
 */
export async function applyTransition(
  deps: Deps,
  matter: MatterRecord,
  request: TransitionRequest,
): Promise<MatterRecord> {
  const previous = request.previous ?? matter.stateBeforeHidden ?? undefined;
  const to = nextState(matter.state, request.transition, request.actor, previous);
  const now = deps.clock.now();
  const patch: MatterPatch = {
    lastActivityAt: now,
    ...(to === 'hidden' ? { stateBeforeHidden: matter.state } : {}),
    ...(matter.state === 'hidden' ? { stateBeforeHidden: null } : {}),
    ...request.patch,
  };
  const applied = await deps.storage.matters.transition(matter.id, matter.state, to, patch, {
    id: request.entryId ?? deps.ids.newId(),
    matterId: matter.id,
    at: now,
    transition: request.transition,
    fromState: matter.state,
    toState: to,
    actorId: request.actorId,
    actorRole: request.actorRole,
    note: request.note ?? '',
  });
  if (!applied) throw new AppError('CONFLICT', '这件说事刚被其他人处理过，请刷新后再试');
  const updated = await deps.storage.matters.findById(matter.id);
  if (!updated) throw new AppError('NOT_FOUND');
  return updated;
}

/**
 * applyTransition for a command that may be a retry. The timeline entry's id is derived from the
 * request id; when the matter's timeline already holds it, an earlier attempt of this command
 * applied the transition (the entry and the state change are one write) and failed afterwards:
 * the matter is returned as it is, with the state the transition started from, and the caller
 * finishes the steps that follow (audit, notification), which are idempotent by id.
 */
export async function applyTransitionOnce(
  deps: Deps,
  matter: MatterRecord,
  request: TransitionRequest & { entryId: string },
): Promise<{ matter: MatterRecord; fromState: MatterState }> {
  const earlier = await ownEarlierEntry(deps, matter.id, request.entryId);
  if (earlier?.fromState) return { matter, fromState: earlier.fromState };
  return { matter: await applyTransition(deps, matter, request), fromState: matter.state };
}

/**
 * The timeline entry an earlier attempt of this command wrote under its derived id, if any. A
 * command whose own checks the transition makes false (a rating refuses a rated matter, a reopen
 * an open one) asks this before those checks, so its retry answers like the attempt that landed.
 */
export async function ownEarlierEntry(
  deps: Deps,
  matterId: string,
  entryId: string,
): Promise<TimelineRecord | undefined> {
  return (await deps.storage.matters.timeline(matterId)).find((entry) => entry.id === entryId);
}
