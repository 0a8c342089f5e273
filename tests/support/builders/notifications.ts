/**
 * Inbox entries and outbox rows as storage holds them, every field set. Tests override what they
 * are about.
 */
import type { InboxEntry, OutboxRow } from '../../../cloudfunctions/lib/ports/notifications';

export function anInboxEntry(overrides: Partial<InboxEntry> = {}): InboxEntry {
  return {
    id: 'i1',
    userId: 'u1',
    kind: 'official_reply',
    refType: 'matter',
    refId: 'm1',
    title: '小区停车难',
    text: '社区对您关注的说事作了回复，点开查看。',
    createdAt: 1000,
    readAt: null,
    ...overrides,
  };
}

export function anOutboxRow(overrides: Partial<OutboxRow> = {}): OutboxRow {
  return {
    id: 'o1',
    userId: 'u1',
    communityId: 'c1',
    kind: 'official_reply',
    templateKey: 'matterProgress',
    templateId: 'tpl-progress',
    page: 'pages/matter/detail?id=m1',
    data: { thing1: { value: '小区停车难' }, phrase2: { value: '官方回复' } },
    values: { subject: '小区停车难', status: '官方回复', note: '', time: 1000, place: '' },
    digestKey: null,
    status: 'pending',
    attempts: 0,
    notBefore: 1000,
    expiresAt: null,
    claimToken: null,
    claimedUntil: null,
    lastError: '',
    mergedInto: null,
    creditTaken: false,
    createdAt: 1000,
    updatedAt: 1000,
    sentAt: null,
    ...overrides,
  };
}
