import { formatShanghai } from '@domain/time';
import type { OutboxRow } from '../../ports/notifications';
import type { PersonalRecords } from './personalRecords';

/** The file's name: ASCII, so every storage path, URL and phone keeps it as it is. */
export function exportFileName(now: number): string {
  return `minqing-my-data-${formatShanghai(now, 'YYYYMMDD-HHmm')}.zip`;
}

export const EXPORT_JSON_NAME = 'my-data.json';

/**
 * The export as one JSON document, a section per kind of row, in the words of the app. Only the
 * person's own rows are in it; the openid (WeChat's identifier of them for this app) is left out
 * as it is from every answer, and so are the outbox's delivery internals.
 */
export function exportDocument(records: PersonalRecords, now: number) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { openid, ...profile } = records.user;
  return {
    说明: '民情通为您保存的全部个人数据（导出时间：北京时间）',
    exportedAt: formatShanghai(now, 'YYYY-MM-DD HH:mm'),
    profile,
    matters: records.matters,
    ratings: records.matters.flatMap((matter) => (matter.rating ? [{ matterId: matter.id, ...matter.rating }] : [])),
    comments: records.comments,
    supports: records.supportedMatterIds.map((matterId) => ({ matterId })),
    follows: records.followedMatterIds.map((matterId) => ({ matterId })),
    flags: records.flags,
    bookings: records.bookings,
    visitRecords: records.visitRecords,
    inbox: records.inbox,
    wechatNotifications: records.outbox.map(deliveryView),
    consentCredits: Object.entries(records.credits).map(([templateId, credits]) => ({ templateId, credits })),
    audit: records.audit,
  };
}

function deliveryView(row: OutboxRow) {
  return {
    id: row.id,
    kind: row.kind,
    templateId: row.templateId,
    page: row.page,
    data: row.data,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
