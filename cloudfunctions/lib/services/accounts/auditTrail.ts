import {
  auditPersonName,
  auditTrailActions,
  auditTrailKindOf,
  contactRevealReason,
  ledgerExportDetail,
  roleChangeDetail,
} from '@domain/auditTrail';
import type { ActionOf, AuditEntry, AuditTrailEntry, ParsedInputOf } from '@domain/contract';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import { cursorOrThrow, nextCursorOf } from '../matters/browse';

type Input = ParsedInputOf<ActionOf<'account', 'auditTrail'>>;

/** Whom a line is about: the user whose role changed, or the resident whose contact was seen. */
function subjectIdOf(entry: AuditEntry): string {
  const resident = entry.after?.residentId;
  return entry.action === auditTrailActions.contactReveal && typeof resident === 'string' ? resident : entry.targetId;
}

function toTrailEntry(entry: AuditEntry, users: Map<string, UserRecord>): AuditTrailEntry | null {
  const kind = auditTrailKindOf(entry.action);
  if (!kind) return null;
  const line = {
    id: entry.id,
    kind,
    at: entry.at,
    // A deleted actor's lines already say 已注销用户 (accounts/erasure.ts).
    actorName: auditPersonName(entry.actorName),
  };
  // A ledger is about a community (or a street's, or a cadre's own work), named on the line.
  if (kind === 'ledgerExport') {
    const scope = typeof entry.after?.scope === 'string' ? entry.after.scope : '';
    return { ...line, subjectName: scope, ...ledgerExportDetail(entry.after) };
  }
  return {
    ...line,
    // Deleted people: their id became an anonymous one (no user) or their record a tombstone.
    subjectName: auditPersonName(users.get(subjectIdOf(entry))?.name),
    detail: kind === 'roleChange' ? roleChangeDetail(entry.before, entry.after) : '查看电话和地址',
    reason: kind === 'roleChange' ? '' : contactRevealReason(entry.after),
  };
}

/** account.auditTrail: 审计记录, role changes, contact reveals and ledger exports newest first, with names put to them. */
export async function auditTrail({ deps }: ActionContext, input: Input) {
  const page = await deps.storage.audit.listByActions(Object.values(auditTrailActions), {
    after: cursorOrThrow(input.cursor),
    limit: input.limit,
  });
  const users = await deps.storage.users.findByIds([...new Set(page.items.map(subjectIdOf))]);
  const byId = new Map(users.map((user) => [user.id, user]));
  return {
    items: page.items.flatMap((entry) => toTrailEntry(entry, byId) ?? []),
    nextCursor: nextCursorOf(page),
  };
}
