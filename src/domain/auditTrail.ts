import { DELETED_USER_NAME } from './accountErasure';
import { formatShanghaiDay, type ShanghaiDate } from './time';
import { roleLabels, type Role } from './users';
import { visitModeLabels, type VisitMode } from './visits/views';

/**
 * 审计记录 (the admin's page): the audit lines about people's power and privacy, newest first.
 * A role change decides what someone may see; a contact reveal is a cadre seeing a resident's
 * phone and address. The other lines (moderation, consultations) are the committee's record of
 * its work and stay in the full log (account.listAudit).
 */
export const auditTrailActions = {
  roleChange: 'account.assignRole',
  contactReveal: 'visit.revealContact',
  /** Residents' records leaving as a file (masked, but a file travels): who took which ledger. */
  ledgerExport: 'stats.exportLedger',
} as const;

export type AuditTrailKind = keyof typeof auditTrailActions;
export const auditTrailKinds = Object.keys(auditTrailActions) as AuditTrailKind[];

export const auditTrailKindLabels: Record<AuditTrailKind, string> = {
  roleChange: '角色变更',
  contactReveal: '查看联系方式',
  ledgerExport: '导出台账',
};

export function auditTrailKindOf(action: string): AuditTrailKind | null {
  return auditTrailKinds.find((kind) => auditTrailActions[kind] === action) ?? null;
}

/** What each role may do and see beyond a resident: what the admin is told before granting it. */
export const roleGrants: Record<Role, string> = {
  resident: '不再有工作人员的权限，只能以居民身份说事、附议和预约',
  cadre: '能发布接访时段，看到预约居民的联系方式',
  committee: '能审核说事和评论、召集协商，看到本社区居民的联系方式',
  admin: '能设置所有用户的角色，查看审计记录',
  gridWorker: '负责所选网格：信息采集、承办和核查街呼区应的案件',
  street: '负责所选街道及其各社区：改派、审批延期、督办案件，维护路由表',
  department: '代表所选部门承办派来的案件',
  property: '代表所选物业公司，承办其管理的小区的案件',
};

/** The confirmation a role change asks first: who becomes what, and what that grants. */
export function roleChangeQuestion(name: string, role: Role): { title: string; detail: string } {
  return {
    title: `将 ${name || '未填写姓名的用户'} 设为 ${roleLabels[role]}？`,
    detail: `他将${roleGrants[role]}`,
  };
}

/** A name on the audit page: a person whose account was deleted (or is unknown) is 已注销用户. */
export function auditPersonName(name: string | undefined): string {
  return name && name.trim() ? name : DELETED_USER_NAME;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in roleLabels;
}

/** `居民 → 民情书记`, from the line's before and after snapshots. */
export function roleChangeDetail(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string {
  const from = isRole(before?.role) ? roleLabels[before.role] : '未知';
  const to = isRole(after?.role) ? roleLabels[after.role] : '未知';
  return `${from} → ${to}`;
}

/**
 * Why a cadre saw a resident's contact details: the visit they were booked for (the line records
 * its date and mode since issue 13; older lines name no visit).
 */
export function contactRevealReason(after: Record<string, unknown> | null): string {
  const date = typeof after?.date === 'string' ? (after.date as ShanghaiDate) : null;
  const mode = typeof after?.mode === 'string' && after.mode in visitModeLabels ? (after.mode as VisitMode) : null;
  if (!date) return '接访时联系预约的居民';
  return `${formatShanghaiDay(date)} ${mode ? visitModeLabels[mode] : '接访'}的预约，联系居民`;
}

/** `导出居民说事台账（3条）` and the period, from a ledger export's audit line. */
export function ledgerExportDetail(after: Record<string, unknown> | null): { detail: string; reason: string } {
  const ledger = typeof after?.ledger === 'string' ? after.ledger : '台账';
  const rows = typeof after?.rows === 'number' ? `（${after.rows}条）` : '';
  const period = typeof after?.period === 'string' ? `周期 ${after.period}` : '';
  return { detail: `导出${ledger}${rows}`, reason: period };
}
