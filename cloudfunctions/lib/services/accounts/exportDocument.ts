import { formatShanghai } from '@domain/time';
import type { OutboxRow } from '../../ports/notifications';
import type { Sheet } from '../xlsx';
import {
  auditFields,
  bookingFields,
  commentFields,
  creditFields,
  deliveryFields,
  flagFields,
  inboxFields,
  matterFields,
  matterIdFields,
  profileFields,
  ratingFields,
  visitRecordFields,
  type DeliveryRow,
} from './exportColumns';
import { recordSheet } from './exportRows';
import {
  ledgerFields,
  orderFields,
  servedOrderFields,
  servedOrderRow,
  volunteerReportFields,
  activitySignUpFields,
} from './exportServiceColumns';
import type { PersonalRecords } from './personalRecords';
import { caseStepFields, caseStepRows } from './exportCaseColumns';

/** The file's name: ASCII, so every storage path, URL and phone keeps it as it is. */
export function exportFileName(now: number): string {
  return `minqing-my-data-${formatShanghai(now, 'YYYYMMDD-HHmm')}.xlsx`;
}

/** The sheets of the export after the first (说明), in this order: every one is there, empty or not. */
export const exportSheetNames = {
  profile: '个人资料',
  matters: '我的说事',
  ratings: '评价',
  comments: '评论',
  supports: '支持',
  follows: '关注',
  flags: '举报',
  bookings: '预约',
  visitRecords: '走访记录',
  orders: '我点的服务',
  servedOrders: '我接的服务',
  volunteerReports: '志愿者报到',
  hours: '志愿时长',
  activitySignUps: '志愿活动报名',
  caseSteps: '案件办理',
  inbox: '消息',
  wechatNotifications: '微信通知',
  consentCredits: '订阅授权',
  audit: '审计记录',
} as const;

/**
 * The export as a workbook, a sheet per kind of row, in the words of the app; a first sheet says
 * what it is. Only the person's own rows are in it; the openid (WeChat's identifier of them for
 * this app) is left out as it is from every answer, and so are the outbox's delivery internals.
 */
export function exportWorkbook(records: PersonalRecords, now: number): Sheet[] {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { openid, ...profile } = records.user;
  const names = exportSheetNames;
  return [
    aboutSheet(now),
    recordSheet(names.profile, profileFields, [profile]),
    recordSheet(names.matters, matterFields, records.matters),
    recordSheet(
      names.ratings,
      ratingFields,
      records.matters.flatMap((matter) => (matter.rating ? [{ matterId: matter.id, ...matter.rating }] : [])),
    ),
    recordSheet(names.comments, commentFields, records.comments),
    recordSheet(
      names.supports,
      matterIdFields,
      records.supportedMatterIds.map((matterId) => ({ matterId })),
    ),
    recordSheet(
      names.follows,
      matterIdFields,
      records.followedMatterIds.map((matterId) => ({ matterId })),
    ),
    recordSheet(names.flags, flagFields, records.flags),
    recordSheet(names.bookings, bookingFields, records.bookings),
    recordSheet(names.visitRecords, visitRecordFields, records.visitRecords),
    recordSheet(names.orders, orderFields, records.service.orders),
    // The residents they served are other people: their contacts and names are not in this export.
    recordSheet(names.servedOrders, servedOrderFields, records.service.servedOrders.map(servedOrderRow)),
    recordSheet(names.volunteerReports, volunteerReportFields, records.service.volunteerReports),
    recordSheet(names.hours, ledgerFields, records.service.hours),
    recordSheet(names.activitySignUps, activitySignUpFields, records.service.activitySignUps),
    recordSheet(names.caseSteps, caseStepFields, caseStepRows(records.audit, records.user.id)),
    recordSheet(names.inbox, inboxFields, records.inbox),
    recordSheet(names.wechatNotifications, deliveryFields, records.outbox.map(deliveryView)),
    recordSheet(
      names.consentCredits,
      creditFields,
      Object.entries(records.credits).map(([templateId, credits]) => ({ templateId, credits })),
    ),
    recordSheet(names.audit, auditFields, records.audit),
  ];
}

function aboutSheet(now: number): Sheet {
  return {
    name: '说明',
    columns: [
      { header: '项目', width: 16 },
      { header: '内容', width: 60 },
    ],
    rows: [
      ['说明', '民情通为您保存的全部个人数据，每个工作表是一类记录'],
      ['导出时间', `${formatShanghai(now, 'YYYY-MM-DD HH:mm')}（北京时间）`],
      ['时间', '表中的时间都是北京时间'],
      ['工作表', Object.values(exportSheetNames).join('、')],
    ],
  };
}

function deliveryView(row: OutboxRow): DeliveryRow {
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
