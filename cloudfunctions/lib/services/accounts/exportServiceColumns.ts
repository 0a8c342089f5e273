import { signUpStateLabels } from '@domain/service/activities';
import { serviceCategoryLabels } from '@domain/service/categories';
import { ledgerKindLabels } from '@domain/service/hours';
import { serviceTakerLabels } from '@domain/service/menu';
import { orderStateLabels } from '@domain/service/orders';
import { wantedPeriodLabels } from '@domain/service/views';
import { volunteerStateLabels } from '@domain/service/volunteers';
import type { SignUpRecord } from '../../ports/activities';
import type { LedgerEntryRecord, OrderRecord, VolunteerRecord } from '../../ports/service';
import type { Fields } from './exportRows';

/** The columns of the service capability's sheets of the data export (群众点单 · 双报到 · 志愿时长). */

const TEXT = 40;

/** An order the user served as a volunteer, as their export shows it: without the resident's contacts or name. */
export type ServedOrderRow = Omit<OrderRecord, 'address' | 'contactPhone' | 'residentId' | 'onBehalf'>;

export function servedOrderRow(order: OrderRecord): ServedOrderRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { address, contactPhone, residentId, onBehalf, ...row } = order;
  return row;
}

const orderShared: Fields<ServedOrderRow> = {
  id: '订单编号',
  itemName: '服务项目',
  category: { header: '服务类别', labels: serviceCategoryLabels },
  details: { header: '需要的帮助', width: TEXT },
  wantedDate: '希望日期',
  wantedPeriod: { header: '希望时段', labels: wantedPeriodLabels },
  state: { header: '状态', labels: orderStateLabels },
  communityId: '社区',
  itemId: '服务项目编号',
  takenBy: { header: '由谁接单', labels: serviceTakerLabels },
  takerId: '接单的服务队或驿站',
  standardMinutes: '标准时长（分钟）',
  claimantId: '接单志愿者编号',
  placedAt: '下单时间',
  respondBy: '应响应时间',
  escalatedAt: '超时上报时间',
  claimedAt: '接单时间',
  startedAt: '开始服务时间',
  doneAt: '完成服务时间',
  closedAt: '结束时间',
  rating: '评分',
  thanks: { header: '感谢的话', width: TEXT },
  reason: { header: '最近一次的理由', width: TEXT },
  updatedAt: '更新时间',
};

export const orderFields: Fields<OrderRecord> = {
  ...orderShared,
  address: { header: '服务地址', width: TEXT },
  contactPhone: '联系电话',
  residentId: '居民编号',
  onBehalf: { header: '红色代办记录', width: TEXT },
};

export const servedOrderFields: Fields<ServedOrderRow> = orderShared;

export const volunteerReportFields: Fields<VolunteerRecord> = {
  id: '报到编号',
  communityId: '报到社区',
  state: { header: '状态', labels: volunteerStateLabels },
  name: '报到姓名',
  partyMember: '党员',
  workUnit: { header: '工作单位', width: TEXT },
  skills: { header: '特长', width: TEXT },
  categories: '能提供的服务',
  availability: '空闲时间',
  gridId: '编入网格',
  teamId: '编入服务队',
  stationId: '编入驿站',
  returnReason: { header: '退回原因', width: TEXT },
  userId: '用户编号',
  reportedAt: '报到时间',
  reviewedAt: '审核时间',
  reviewedBy: '审核人编号',
  updatedAt: '更新时间',
};

export const ledgerFields: Fields<LedgerEntryRecord> = {
  id: '记录编号',
  kind: { header: '类别', labels: ledgerKindLabels },
  minutes: '时长（分钟）',
  note: { header: '说明', width: TEXT },
  evidence: { header: '凭证', width: TEXT },
  refId: '对应的订单或活动',
  communityId: '社区',
  volunteerUserId: '志愿者编号',
  recordedBy: '记录人编号',
  at: '记录时间',
};

export const activitySignUpFields: Fields<SignUpRecord> = {
  activityId: '活动编号',
  state: { header: '报名状态', labels: signUpStateLabels },
  waitlistPosition: '候补顺位',
  signedUpAt: '报名时间',
  signedInAt: '签到时间',
  signedOutAt: '签退时间',
  creditedMinutes: '计入时长（分钟）',
  userId: '用户编号',
};
