import { AppError } from '../../../../src/domain/errors';
import { nextState, type MatterActor, type MatterTransition } from '../../../../src/domain/matters/transitions';
import type { Deps } from '../../deps';
import type { MatterPatch, MatterRecord, TimelineActor } from '../../ports/matters';

export interface TransitionRequest {
  transition: MatterTransition;
  actor: MatterActor;
  actorId: string | null;
  actorRole: TimelineActor;
  note?: string;
  patch?: MatterPatch;
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
  const to = nextState(matter.state, request.transition, request.actor, matter.stateBeforeHidden ?? undefined);
  const now = deps.clock.now();
  const patch: MatterPatch = {
    lastActivityAt: now,
    ...(to === 'hidden' ? { stateBeforeHidden: matter.state } : {}),
    ...(matter.state === 'hidden' ? { stateBeforeHidden: null } : {}),
    ...request.patch,
  };
  const applied = await deps.storage.matters.transition(matter.id, matter.state, to, patch, {
    id: deps.ids.newId(),
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
