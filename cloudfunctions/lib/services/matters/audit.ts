import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';

/** Every committee action is written to the audit log: who, what, when, before and after. */
export async function auditCommitteeAction(
  { deps }: ActionContext,
  actor: UserRecord,
  entry: {
    action: string;
    targetType: 'matter' | 'comment' | 'consultation';
    targetId: string;
    communityId: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
): Promise<void> {
  await deps.storage.audit.append({
    id: deps.ids.newId(),
    actorId: actor.id,
    actorName: actor.name || '居委会',
    at: deps.clock.now(),
    ...entry,
  });
}
