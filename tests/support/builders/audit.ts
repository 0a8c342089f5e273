/** An audit entry as storage holds it, every field set. Tests override what they are about. */
import type { AuditEntry } from '@domain/contract';

export function anAudit(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 'a',
    actorId: 'admin',
    actorName: '管理员',
    action: 'assignRole',
    targetType: 'user',
    targetId: 'u1',
    communityId: null,
    before: { role: 'resident' },
    after: { role: 'cadre' },
    at: 100,
    ...overrides,
  };
}
