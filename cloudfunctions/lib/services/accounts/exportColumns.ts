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
import type { BookingRecord, VisitRecordRecord } from '../../ports/visits';
import type { Field } from './exportRows';

/** The columns of each sheet of the data export, in the order a person reads them. */

const TEXT = 40;

export const profileFields: Field<Omit<UserRecord, 'openid'>>[] = [
  { key: 'id', header: '用户编号' },
  { key: 'name', header: '姓名' },
  { key: 'phone', header: '手机号' },
  { key: 'role', header: '身份', labels: roleLabels },
  { key: 'communityId', header: '所在社区' },
  { key: 'communityIds', header: '负责社区' },
  { key: 'gridId', header: '网格' },
  { key: 'compoundId', header: '小区' },
  { key: 'building', header: '楼栋门牌' },
  { key: 'elderMode', header: '长辈模式', labels: elderModeLabels },
  { key: 'createdAt', header: '注册时间' },
  { key: 'updatedAt', header: '更新时间' },
];

export const matterFields: Field<MatterRecord>[] = [
  { key: 'id', header: '说事编号' },
  { key: 'title', header: '标题', width: TEXT },
  { key: 'body', header: '内容', width: TEXT },
  { key: 'category', header: '类别', labels: categoryLabels },
  { key: 'building', header: '楼栋门牌' },
  { key: 'photos', header: '照片', width: TEXT },
  { key: 'state', header: '状态', labels: stateLabels },
  { key: 'anonymous', header: '匿名' },
  { key: 'communityId', header: '社区' },
  { key: 'gridId', header: '网格' },
  { key: 'compoundId', header: '小区' },
  { key: 'authorId', header: '提出人编号' },
  { key: 'raisedById', header: '代为提出的书记编号' },
  { key: 'stateBeforeHidden', header: '隐藏前状态', labels: stateLabels },
  { key: 'needsReview', header: '需人工审核' },
  { key: 'rejectionReason', header: '未通过原因' },
  { key: 'supportCount', header: '附议数' },
  { key: 'commentCount', header: '评论数' },
  { key: 'followerCount', header: '关注数' },
  { key: 'flagCount', header: '被举报数' },
  { key: 'pinned', header: '置顶' },
  { key: 'mergedIntoId', header: '合并到说事' },
  { key: 'resolvedAt', header: '解决时间' },
  { key: 'rating', header: '我的评价', width: TEXT },
  { key: 'escalation', header: '上报情况', width: TEXT },
  { key: 'createdAt', header: '提出时间' },
  { key: 'updatedAt', header: '更新时间' },
  { key: 'lastActivityAt', header: '最近动态时间' },
];

export const ratingFields: Field<RatingRecord & { matterId: string }>[] = [
  { key: 'matterId', header: '说事编号' },
  { key: 'score', header: '评分' },
  { key: 'comment', header: '评价内容', width: TEXT },
  { key: 'at', header: '评价时间' },
];

export const commentFields: Field<CommentRecord>[] = [
  { key: 'id', header: '评论编号' },
  { key: 'matterId', header: '说事编号' },
  { key: 'body', header: '内容', width: TEXT },
  { key: 'state', header: '状态', labels: commentStateLabels },
  { key: 'parentId', header: '回复的评论' },
  { key: 'official', header: '官方回复' },
  { key: 'communityId', header: '社区' },
  { key: 'authorId', header: '作者编号' },
  { key: 'flagCount', header: '被举报数' },
  { key: 'createdAt', header: '发表时间' },
];

export const matterIdFields: Field<{ matterId: string }>[] = [{ key: 'matterId', header: '说事编号' }];

export const flagFields: Field<FlagGiven>[] = [
  { key: 'targetType', header: '举报对象', labels: { matter: '说事', comment: '评论' } },
  { key: 'targetId', header: '对象编号' },
  { key: 'reason', header: '举报理由', width: TEXT },
  { key: 'at', header: '举报时间' },
];

export const bookingFields: Field<BookingRecord>[] = [
  { key: 'id', header: '预约编号' },
  { key: 'date', header: '接访日期' },
  { key: 'topic', header: '想说的事', width: TEXT },
  { key: 'address', header: '上门地址', width: TEXT },
  { key: 'phone', header: '联系电话' },
  { key: 'state', header: '状态', labels: bookingStateLabels },
  { key: 'cancelReason', header: '取消原因' },
  { key: 'slotId', header: '场次编号' },
  { key: 'communityId', header: '社区' },
  { key: 'residentId', header: '居民编号' },
  { key: 'walkInName', header: '现场登记姓名' },
  { key: 'createdAt', header: '预约时间' },
  { key: 'updatedAt', header: '更新时间' },
];

export const visitRecordFields: Field<VisitRecordRecord>[] = [
  { key: 'id', header: '记录编号' },
  { key: 'bookingId', header: '预约编号' },
  { key: 'date', header: '走访日期' },
  { key: 'seen', header: '看到的', width: TEXT },
  { key: 'heard', header: '听到的', width: TEXT },
  { key: 'solved', header: '解决的', width: TEXT },
  { key: 'suggested', header: '建议', width: TEXT },
  { key: 'photos', header: '照片', width: TEXT },
  { key: 'followUp', header: '后续跟进', width: TEXT },
  { key: 'matterId', header: '转为说事' },
  { key: 'slotId', header: '场次编号' },
  { key: 'cadreId', header: '书记编号' },
  { key: 'communityId', header: '社区' },
  { key: 'residentId', header: '居民编号' },
  { key: 'createdAt', header: '记录时间' },
  { key: 'updatedAt', header: '更新时间' },
];

export const inboxFields: Field<InboxEntry>[] = [
  { key: 'id', header: '消息编号' },
  { key: 'title', header: '标题', width: TEXT },
  { key: 'text', header: '内容', width: TEXT },
  { key: 'kind', header: '类型' },
  { key: 'refType', header: '关于' },
  { key: 'refId', header: '关于的编号' },
  { key: 'userId', header: '收件人编号' },
  { key: 'createdAt', header: '发送时间' },
  { key: 'readAt', header: '阅读时间' },
];

/** The outbox rows as the person sees them: what was to be sent, and how it went. */
export type DeliveryRow = Pick<
  OutboxRow,
  'id' | 'kind' | 'templateId' | 'page' | 'data' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt'
>;

export const deliveryFields: Field<DeliveryRow>[] = [
  { key: 'id', header: '通知编号' },
  { key: 'kind', header: '类型' },
  { key: 'templateId', header: '订阅消息模板' },
  { key: 'page', header: '打开的页面' },
  { key: 'data', header: '消息内容', width: TEXT },
  { key: 'status', header: '发送状态' },
  { key: 'attempts', header: '尝试次数' },
  { key: 'lastError', header: '未送达原因' },
  { key: 'createdAt', header: '生成时间' },
  { key: 'sentAt', header: '发送时间' },
];

export const creditFields: Field<{ templateId: string; credits: number }>[] = [
  { key: 'templateId', header: '订阅消息模板' },
  { key: 'credits', header: '剩余可发次数' },
];

export const auditFields: Field<AuditEntry>[] = [
  { key: 'id', header: '记录编号' },
  { key: 'action', header: '操作' },
  { key: 'actorId', header: '操作人编号' },
  { key: 'actorName', header: '操作人' },
  { key: 'targetType', header: '对象类型' },
  { key: 'targetId', header: '对象编号' },
  { key: 'communityId', header: '社区' },
  { key: 'before', header: '修改前', width: TEXT },
  { key: 'after', header: '修改后', width: TEXT },
  { key: 'at', header: '时间' },
];
