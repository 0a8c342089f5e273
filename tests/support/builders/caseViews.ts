import { handoffText } from '@domain/casework/handoffText';
import type { CaseDetail, CaseSummary, HolderView } from '@domain/casework/views';

/*
 * Cases as the casework contract describes them, for the page tests (jsdom and the weapp build):
 * a dispatched case of 幸福物业 about 小区路灯不亮 unless told otherwise.
 */

export const HOUR = 3_600_000;

export const GRID: HolderView = { kind: 'grid', id: 'g-dongmen-1', name: '东门第一网格' };
export const PROPERTY: HolderView = { kind: 'property', id: 'pc-xingfu', name: '幸福物业' };
export const CHENGGUAN: HolderView = { kind: 'department', id: 'dep-chengguan', name: '区城管局' };
export const STREET: HolderView = { kind: 'street', id: 's-guhuai', name: '古槐街道' };

/** A case as the contract describes it, due `dueInHours` from now (negative: overdue). */
export function caseDetail(id: string, fields: Partial<CaseSummary> & { dueInHours?: number } = {}): CaseDetail {
  const { dueInHours = 48.5, ...summary } = fields;
  const now = Date.now();
  const dueAt = now + dueInHours * HOUR;
  return {
    summary: {
      id,
      matterId: `m-${id}`,
      title: '小区路灯不亮',
      category: 'facilities',
      communityId: 'c-dongmen',
      communityName: '东门社区',
      placeName: '幸福小区 · 东门第一网格',
      holder: PROPERTY,
      state: 'dispatched',
      slaClass: 'general',
      dispatchedAt: now - 2 * HOUR,
      dueAt,
      overdue: dueInHours <= 0,
      extensionPending: false,
      ...summary,
    },
    matter: {
      id: `m-${id}`,
      title: summary.title ?? '小区路灯不亮',
      description: '3号楼前的路灯一个星期没亮了，晚上老人出门看不清路',
      state: 'escalated',
      photos: [{ fileId: 'f1', url: 'https://example.test/f1.jpg', status: 'passed' }],
      placeLine: '东门社区 · 幸福小区 · 东门第一网格',
    },
    override: null,
    returnReason: '',
    returnDeadline: now + HOUR,
    extension: null,
    longTerm: null,
    feedback: null,
    verification: null,
    withdrawReason: '',
    events: [{ at: now - 2 * HOUR, text: handoffText({ kind: 'dispatched', holderName: PROPERTY.name, dueAt }) }],
    actions: [],
  };
}
