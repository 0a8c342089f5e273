/**
 * 居民说事 records as storage holds them, every field set: the one place a test (or the bench) writes
 * such a record. Tests override what they are about.
 */
import type { CommentRecord, MatterRecord, TimelineRecord } from '../../../cloudfunctions/lib/ports/matters';
import type { ConsultationRecord } from '../../../cloudfunctions/lib/ports/consultations';

export function aMatter(overrides: Partial<MatterRecord> = {}): MatterRecord {
  return {
    id: 'm1',
    communityId: 'c1',
    authorId: 'u-author',
    raisedById: null,
    onBehalf: null,
    anonymous: false,
    title: '小区停车难',
    body: '晚上回来找不到车位。',
    category: 'parking',
    gridId: null,
    compoundId: null,
    building: '',
    photos: [],
    state: 'open',
    stateBeforeHidden: null,
    needsReview: false,
    rejectionReason: '',
    supportCount: 0,
    commentCount: 0,
    followerCount: 0,
    flagCount: 0,
    pinned: false,
    mergedIntoId: null,
    resolvedAt: null,
    rating: null,
    escalation: null,
    createdAt: 1000,
    updatedAt: 1000,
    lastActivityAt: 1000,
    ...overrides,
  };
}

export function anEntry(overrides: Partial<TimelineRecord> = {}): TimelineRecord {
  return {
    id: 't1',
    matterId: 'm1',
    at: 1000,
    transition: 'submit',
    fromState: null,
    toState: 'open',
    actorId: 'u-author',
    actorRole: 'resident',
    note: '',
    ...overrides,
  };
}

export function aComment(overrides: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id: 'k1',
    matterId: 'm1',
    communityId: 'c1',
    authorId: 'u-neighbour',
    parentId: null,
    body: '同意，确实需要解决。',
    official: false,
    state: 'visible',
    flagCount: 0,
    createdAt: 2000,
    ...overrides,
  };
}

export function aConsultation(overrides: Partial<ConsultationRecord> = {}): ConsultationRecord {
  return {
    id: 'q1',
    matterId: 'm1',
    communityId: 'c1',
    scheduledAt: 5000,
    place: '红帆驿站',
    agenda: '东门小区停车位划线方案',
    invitedResidentIds: ['u1', 'u2', 'u3'],
    departments: ['物业公司', '街道城管科'],
    cadreIds: ['cadre-1'],
    minutes: '',
    actions: [{ id: 'a0', description: '现场勘查', owner: '网格员', dueDate: '2025-06-20', state: 'todo' }],
    outcome: '',
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}
