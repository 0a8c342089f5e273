import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';

/**
 * Every committee action is written to the audit log: who, what, when, before and after. Give
 * an `id` derived from the request id (commandId) and a retried command writes its line once.
 */
export async function auditCommitteeAction(
  { deps }: ActionContext,
  actor: UserRecord,
  {
    id,
    ...entry
  }: {
    id?: string;
    action: string;
    targetType: 'matter' | 'comment' | 'consultation';
    targetId: string;
    communityId: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
): Promise<void> {
  await deps.storage.audit.append({
    id: id ?? deps.ids.newId(),
    actorId: actor.id,
    actorName: actor.name || '居委会',
    at: deps.clock.now(),
    ...entry,
  });
}
