import type { AuditEntry } from '@domain/contract';
import { elderModeLabels } from '@domain/elderMode';
import { categoryLabels } from '@domain/matters/categories';
import { commentStateLabels } from '@domain/matters/comments';
import { stateLabels } from '@domain/matters/states';
import { roleLabels } from '@domain/users';
import { bookingStateLabels } from '@domain/visits/views';
import type { CommentRecord, MatterRecord, RatingRecord } from '../../ports/matters';
import type { InboxEntry, OutboxRow } from '../../ports/notifications';
import type { FlagGiven } from '../../ports/personalData';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';
import type { VisitRecordRecord } from '../../ports/visitRecords';
import type { Fields } from './exportRows';

/**
 * The columns of each sheet of the data export, in the order a person reads them. Every field of
 * a record must be named (Fields<T>): a new field fails the type check until it has a header.
 */

const TEXT = 40;

export const profileFields: Fields<Omit<UserRecord, 'openid'>> = {
  id: '用户编号',
  name: '姓名',
  phone: '手机号',
  phoneVerifiedAt: '手机号验证时间',
  role: { header: '身份', labels: roleLabels },
  communityId: '所在社区',
  communityIds: '负责社区',
  gridIds: '负责网格',
  orgId: '所属单位',
  gridId: '网格',
  compoundId: '小区',
  building: '楼栋门牌',
  elderMode: { header: '长辈模式', labels: elderModeLabels },
  createdAt: '注册时间',
  updatedAt: '更新时间',
};

export const matterFields: Fields<MatterRecord> = {
  id: '说事编号',
  title: { header: '标题', width: TEXT },
  body: { header: '内容', width: TEXT },
  category: { header: '类别', labels: categoryLabels },
  building: '楼栋门牌',
  photos: { header: '照片', width: TEXT },
  state: { header: '状态', labels: stateLabels },
  anonymous: '匿名',
  communityId: '社区',
  gridId: '网格',
  compoundId: '小区',
  authorId: '提出人编号',
  raisedById: '代为提出的书记编号',
  onBehalf: { header: '红色代办记录', width: TEXT },
  stateBeforeHidden: { header: '隐藏前状态', labels: stateLabels },
  needsReview: '需人工审核',
  rejectionReason: '未通过原因',
  supportCount: '附议数',
  commentCount: '评论数',
  followerCount: '关注数',
  flagCount: '被举报数',
  pinned: '置顶',
  mergedIntoId: '合并到说事',
  resolvedAt: '解决时间',
  rating: { header: '我的评价', width: TEXT },
  escalation: { header: '上报情况', width: TEXT },
  createdAt: '提出时间',
  updatedAt: '更新时间',
  lastActivityAt: '最近动态时间',
};

export const ratingFields: Fields<RatingRecord & { matterId: string }> = {
  matterId: '说事编号',
  score: '评分',
  comment: { header: '评价内容', width: TEXT },
  at: '评价时间',
};

export const commentFields: Fields<CommentRecord> = {
  id: '评论编号',
  matterId: '说事编号',
  body: { header: '内容', width: TEXT },
  state: { header: '状态', labels: commentStateLabels },
  parentId: '回复的评论',
  official: '官方回复',
  communityId: '社区',
  authorId: '作者编号',
  flagCount: '被举报数',
  createdAt: '发表时间',
};

export const matterIdFields: Fields<{ matterId: string }> = {
  matterId: '说事编号',
};

export const flagFields: Fields<FlagGiven> = {
  targetType: { header: '举报对象', labels: { matter: '说事', comment: '评论' } },
  targetId: '对象编号',
  reason: { header: '举报理由', width: TEXT },
  at: '举报时间',
};

export const bookingFields: Fields<BookingRecord> = {
  id: '预约编号',
  date: '接访日期',
  topic: { header: '想说的事', width: TEXT },
  address: { header: '上门地址', width: TEXT },
  phone: '联系电话',
  state: { header: '状态', labels: bookingStateLabels },
  cancelReason: '取消原因',
  slotId: '场次编号',
  communityId: '社区',
  residentId: '居民编号',
  walkInName: '现场登记姓名',
  onBehalf: { header: '红色代办记录', width: TEXT },
  createdAt: '预约时间',
  updatedAt: '更新时间',
};

export const visitRecordFields: Fields<VisitRecordRecord> = {
  id: '记录编号',
  bookingId: '预约编号',
  date: '走访日期',
  seen: { header: '看到的', width: TEXT },
  heard: { header: '听到的', width: TEXT },
  solved: { header: '解决的', width: TEXT },
  suggested: { header: '建议', width: TEXT },
  photos: { header: '照片', width: TEXT },
  followUp: { header: '后续跟进', width: TEXT },
  matterId: '转为说事',
  slotId: '场次编号',
  cadreId: '书记编号',
  communityId: '社区',
  residentId: '居民编号',
  createdAt: '记录时间',
  updatedAt: '更新时间',
};

export const inboxFields: Fields<InboxEntry> = {
  id: '消息编号',
  title: { header: '标题', width: TEXT },
  text: { header: '内容', width: TEXT },
  kind: '类型',
  refType: '关于',
  refId: '关于的编号',
  userId: '收件人编号',
  createdAt: '发送时间',
  readAt: '阅读时间',
};

/** The outbox rows as the person sees them: what was to be sent, and how it went. */
export type DeliveryRow = Pick<
  OutboxRow,
  'id' | 'kind' | 'templateId' | 'page' | 'data' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt'
>;

export const deliveryFields: Fields<DeliveryRow> = {
  id: '通知编号',
  kind: '类型',
  templateId: '订阅消息模板',
  page: '打开的页面',
  data: { header: '消息内容', width: TEXT },
  status: '发送状态',
  attempts: '尝试次数',
  lastError: '未送达原因',
  createdAt: '生成时间',
  sentAt: '发送时间',
};

export const creditFields: Fields<{ templateId: string; credits: number }> = {
  templateId: '订阅消息模板',
  credits: '剩余可发次数',
};

export const auditFields: Fields<AuditEntry> = {
  id: '记录编号',
  action: '操作',
  actorId: '操作人编号',
  actorName: '操作人',
  targetType: '对象类型',
  targetId: '对象编号',
  communityId: '社区',
  before: { header: '修改前', width: TEXT },
  after: { header: '修改后', width: TEXT },
  at: '时间',
};
