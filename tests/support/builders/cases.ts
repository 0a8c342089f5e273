import type { CaseChange, CaseRecord } from '../../../cloudfunctions/lib/ports/casework';

export const HOUR_MS = 3_600_000;
/** 2026-12-07 10:00 Asia/Shanghai, a Monday. */
export const DISPATCH_AT = Date.UTC(2026, 11, 7, 2, 0);

export const PROPERTY = { kind: 'property', id: 'p-xingfu' } as const;
export const DEPARTMENT = { kind: 'department', id: 'd-cg' } as const;

/** A 一般 case of matter m1 (community c1 of street s1) just dispatched to a property company. */
export function aCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'k1',
    matterId: 'm1',
    communityId: 'c1',
    streetId: 's1',
    gridId: 'g1',
    compoundId: 'cp1',
    category: 'facilities',
    holder: { ...PROPERTY },
    slaClass: 'general',
    state: 'dispatched',
    dispatchedAt: DISPATCH_AT,
    dueAt: DISPATCH_AT + 168 * HOUR_MS,
    dispatchedBy: 'u-committee',
    override: null,
    acceptedAt: null,
    acceptedBy: null,
    returnReason: '',
    extension: null,
    longTerm: null,
    feedback: null,
    verification: null,
    withdrawReason: '',
    previousCaseId: null,
    nextReminderAt: DISPATCH_AT + Math.floor(168 * HOUR_MS * 0.8),
    updatedAt: DISPATCH_AT,
    ...overrides,
  };
}

/** A case with every optional record filled in: the round trip must keep each field. */
export function aFullCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return aCase({
    id: 'k-full',
    matterId: 'm-full',
    gridId: null,
    compoundId: null,
    holder: { ...DEPARTMENT },
    slaClass: 'urgent',
    state: 'handled',
    dueAt: DISPATCH_AT + 2 * HOUR_MS,
    override: {
      routed: { ...PROPERTY },
      chosen: { ...DEPARTMENT },
      reason: '涉及占道，物业无权处理',
      by: 'u-committee',
    },
    acceptedAt: DISPATCH_AT + 600_000,
    acceptedBy: 'u-dept-1',
    returnReason: '',
    extension: {
      hours: 2,
      reason: '需协调交警',
      requestedAt: DISPATCH_AT + 1_200_000,
      requestedBy: 'u-dept-1',
      decision: 'approved',
      decidedAt: DISPATCH_AT + 1_800_000,
      decidedBy: 'u-street',
    },
    longTerm: { plan: '纳入明年改造计划', reviewAt: DISPATCH_AT + 90 * 24 * HOUR_MS },
    feedback: { text: '已清理占道摊点', photoIds: ['ph1', 'ph2'], at: DISPATCH_AT + HOUR_MS, by: 'u-dept-1' },
    verification: { outcome: 'sentBack', note: '仍有一处未清', at: DISPATCH_AT + 3 * HOUR_MS, by: 'u-grid-1' },
    withdrawReason: '',
    previousCaseId: 'k0',
    nextReminderAt: null,
    updatedAt: DISPATCH_AT + 3 * HOUR_MS,
    ...overrides,
  });
}

export function acceptBy(userId: string, at = DISPATCH_AT + 60_000): CaseChange {
  return {
    from: ['dispatched'],
    holder: { ...PROPERTY },
    patch: { state: 'accepted', acceptedBy: userId, acceptedAt: at },
  };
}

export function feedbackBy(userId: string, at = DISPATCH_AT + HOUR_MS): CaseChange {
  return {
    from: ['accepted', 'long_term'],
    holder: { ...PROPERTY },
    patch: {
      state: 'handled',
      feedback: { text: '路灯已更换', photoIds: ['ph1'], at, by: userId },
      nextReminderAt: null,
    },
  };
}

export function returnWith(reason: string): CaseChange {
  return { from: ['dispatched'], holder: { ...PROPERTY }, patch: { state: 'returned', returnReason: reason } };
}

export function passBy(userId: string, at = DISPATCH_AT + 2 * HOUR_MS): CaseChange {
  return {
    from: ['handled'],
    notHandledBy: userId,
    patch: { state: 'verified', verification: { outcome: 'passed', note: '', at, by: userId } },
  };
}
