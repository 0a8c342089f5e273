import type { ActionContext } from '../../service';
import type { CaseRecord } from '../../ports/casework';
import type { UserRecord } from '../../ports/storage';
import { commandId } from '../commandIds';

/**
 * Every step of a case is written to the audit log (who, which case, what it left), as the
 * committee's actions are; the line's id comes from the request id, so a retry writes it once.
 * The action names the state the step starts from; `before` holds only what a retry can still
 * read (a retry after the change landed no longer sees the case as it was).
 */
export async function auditCaseStep(
  ctx: ActionContext,
  actor: UserRecord,
  action: string,
  record: CaseRecord,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  await ctx.deps.storage.audit.append({
    id: commandId(ctx, 'a', `casework.${action}:${record.id}`),
    actorId: actor.id,
    actorName: actor.name || '工作人员',
    at: ctx.deps.clock.now(),
    action: `casework.${action}`,
    targetType: 'case',
    targetId: record.id,
    communityId: record.communityId,
    before,
    after,
  });
}
