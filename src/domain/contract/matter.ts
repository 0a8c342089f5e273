import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { matterCategorySchema } from '../matters/categories';
import { commentBodySchema, matterBodySchema, matterTitleSchema, reasonSchema } from '../matters/text';
import {
  actionItemSchema,
  commentSchema,
  commentThreadSchema,
  consultationSchema,
  matterDetailSchema,
  matterSummarySchema,
} from '../matters/views';
import { moderationQueuePageSchema } from '../matters/moderationQueuePage';
import { consentShape } from '../notifications/consentField';
import { pageInputShape, pageOf } from '../pagination';
import { shanghaiDateSchema as dateSchema } from '../dateSchema';
import { onBehalfShape } from '../onBehalf';
import { buildingSchema } from '../users';
import { ANY_USER, command, query } from './define';

const matterRef = { matterId: idSchema };
const fileIdSchema = z.string().min(1).max(300, '图片编号过长');
const shortText = (max: number, message: string) => z.string().trim().max(max, message);

/** What the author is told after posting: what was masked, and whether it waits for review. */
const publishOutcome = z.object({
  maskedKinds: z.array(fixedText()),
  moderation: z.enum(['published', 'queued']),
});

export const listTabs = ['active', 'resolved', 'ended', 'all'] as const;
export const listSorts = ['newest', 'supported', 'active'] as const;
/** `keep`: the committee looked at a flagged item and leaves it as it is; its flags are cleared. */
export const moderationDecisions = ['approve', 'reject', 'hide', 'unhide', 'keep'] as const;
export const matterEndings = ['resolve', 'closeUnresolved', 'refer'] as const;

const staff = ['committee'] as const;
/** 红色代办: the staff who act for a resident at the door (as service.placeOrderFor). */
const proxies = ['committee', 'cadre', 'gridWorker'] as const;
const residentsAndStaff = ['resident', 'cadre', 'committee'] as const;

/** The `matter` function: 居民说事 from raising a matter to its outcome. */
export const matterContract = {
  similar: query(() => ({
    summary: '发布前查找本社区相似的说事',
    roles: ['resident'],
    input: z.strictObject({ title: z.string().trim().max(40), category: matterCategorySchema }),
    output: z.object({ items: z.array(matterSummarySchema.extend({ similarity: z.number() })) }),
  })),
  raise: command(() => ({
    summary: '提出一件说事（可附最多6张照片，可对其他居民匿名）',
    roles: ['resident'],
    input: z.strictObject({
      title: matterTitleSchema,
      body: matterBodySchema,
      category: matterCategorySchema,
      photos: z.array(fileIdSchema).max(6, '最多上传6张照片').default([]),
      gridId: idSchema.nullable().optional(),
      ...consentShape,
      compoundId: idSchema.nullable().optional(),
      building: buildingSchema.optional(),
      anonymous: z.boolean().default(false),
    }),
    output: publishOutcome.extend({ matter: matterDetailSchema }),
  })),
  raiseFor: command(() => ({
    summary: '红色代办：社区工作人员、民情书记或网格员替没有手机的居民提出说事（记录居民如何同意）',
    roles: proxies,
    input: z.strictObject({
      title: matterTitleSchema,
      body: matterBodySchema,
      category: matterCategorySchema,
      photos: z.array(fileIdSchema).max(6, '最多上传6张照片').default([]),
      compoundId: idSchema.nullable().optional(),
      building: buildingSchema.optional(),
      /** Whether other residents see the resident's name (the committee always does). */
      anonymous: z.boolean().default(false),
      ...onBehalfShape,
      communityId: idSchema.optional(),
    }),
    output: publishOutcome.extend({ matter: matterDetailSchema }),
  })),
  list: query(() => ({
    summary: '本社区的说事列表（按状态、类别、排序、标题关键词）',
    roles: ANY_USER,
    input: z.strictObject({
      communityId: idSchema.optional(),
      tab: z.enum(listTabs).default('active'),
      category: matterCategorySchema.optional(),
      sort: z.enum(listSorts).default('newest'),
      q: z.string().trim().max(40, '关键词最多40个字').optional(),
      ...pageInputShape,
    }),
    output: pageOf(matterSummarySchema),
  })),
  detail: query(() => ({
    summary: '一件说事的详情、时间线、协商与结果，和第一页评论',
    roles: ANY_USER,
    input: z.strictObject(matterRef),
    output: matterDetailSchema.extend({ comments: pageOf(commentThreadSchema) }),
  })),
  comments: query(() => ({
    summary: '说事的评论（一层回复）',
    roles: ANY_USER,
    input: z.strictObject({ ...matterRef, ...pageInputShape }),
    output: pageOf(commentThreadSchema),
  })),
  support: command(() => ({
    summary: '附议（每人一次）',
    roles: ['resident'],
    input: z.strictObject({ ...matterRef, ...consentShape }),
    output: z.object({ supported: z.boolean(), supportCount: z.number().int() }),
  })),
  unsupport: command(() => ({
    summary: '取消附议',
    roles: ['resident'],
    input: z.strictObject(matterRef),
    output: z.object({ supported: z.boolean(), supportCount: z.number().int() }),
  })),
  follow: command(() => ({
    summary: '关注说事进展',
    roles: residentsAndStaff,
    input: z.strictObject({ ...matterRef, ...consentShape }),
    output: z.object({ following: z.boolean() }),
  })),
  unfollow: command(() => ({
    summary: '取消关注',
    roles: residentsAndStaff,
    input: z.strictObject(matterRef),
    output: z.object({ following: z.boolean() }),
  })),
  comment: command(() => ({
    summary: '评论或回复（居委会、民情书记的回复标为官方回复）',
    roles: residentsAndStaff,
    input: z.strictObject({ ...matterRef, body: commentBodySchema, parentId: idSchema.nullable().optional() }),
    output: publishOutcome.extend({ comment: commentSchema }),
  })),
  flag: command(() => ({
    summary: '举报说事或评论',
    roles: ['resident'],
    input: z.strictObject({ targetType: z.enum(['matter', 'comment']), targetId: idSchema, reason: reasonSchema }),
    output: z.object({ flagged: z.boolean() }),
  })),
  rate: command(() => ({
    summary: '提出人对办理结果评分（1-5）',
    roles: ['resident'],
    input: z.strictObject({
      ...matterRef,
      score: z.number().int('请选择1到5分').min(1, '请选择1到5分').max(5, '请选择1到5分'),
      comment: shortText(200, '评价最多200字').default(''),
    }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  reopen: command(() => ({
    summary: '提出人7天内对结果不满意可重新打开',
    roles: ['resident'],
    input: z.strictObject({ ...matterRef, reason: reasonSchema }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  setAnonymous: command(() => ({
    summary: '提出人修改是否对其他居民匿名（民情书记代为提出的说事，居民可以自己改）',
    roles: ['resident'],
    input: z.strictObject({ ...matterRef, anonymous: z.boolean() }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  mine: query(() => ({
    summary: '我提出的、附议的、关注的说事',
    roles: residentsAndStaff,
    input: z.strictObject({ relation: z.enum(['raised', 'supported', 'following']), ...pageInputShape }),
    output: pageOf(matterSummarySchema),
  })),
  moderationQueue: query(() => ({
    summary: '居委会：待审核、被举报的说事和评论',
    roles: staff,
    input: z.strictObject({
      communityId: idSchema.optional(),
      kind: z.enum(['pending', 'flagged']),
      target: z.enum(['matter', 'comment']),
      ...pageInputShape,
    }),
    output: moderationQueuePageSchema,
  })),
  moderationQueues: query(() => ({
    summary: '居委会：打开说事审核时，四个队列各自的第一页',
    roles: staff,
    input: z.strictObject({ communityId: idSchema.optional(), limit: pageInputShape.limit }),
    output: z.object({
      pendingMatters: moderationQueuePageSchema,
      flaggedMatters: moderationQueuePageSchema,
      pendingComments: moderationQueuePageSchema,
      flaggedComments: moderationQueuePageSchema,
    }),
  })),
  moderate: command(() => ({
    summary: '居委会：通过、驳回（附原因）、隐藏、取消隐藏、保留（清除举报），可批量',
    roles: staff,
    input: z.strictObject({
      targetType: z.enum(['matter', 'comment']),
      targetIds: z.array(idSchema).min(1, '请选择要处理的内容').max(50, '一次最多处理50条'),
      decision: z.enum(moderationDecisions),
      reason: shortText(200, '原因最多200字').default(''),
    }),
    output: z.object({
      results: z.array(
        z.object({ id: idSchema, ok: z.boolean(), code: fixedText().optional(), message: fixedText().optional() }),
      ),
    }),
  })),
  pin: command(() => ({
    summary: '居委会：置顶或取消置顶',
    roles: staff,
    input: z.strictObject({ ...matterRef, pinned: z.boolean() }),
    output: z.object({ pinned: z.boolean() }),
  })),
  merge: command(() => ({
    summary: '居委会：把重复的说事合并到另一件（附议和关注随之转移）',
    roles: staff,
    input: z.strictObject({ ...matterRef, intoId: idSchema }),
    output: z.object({ supportCount: z.number().int(), followerCount: z.number().int() }),
  })),
  convene: command(() => ({
    summary: '居委会：召开协商会（拉呱说事）',
    roles: staff,
    input: z.strictObject({
      ...matterRef,
      scheduledAt: z.number().int().positive('请选择时间'),
      place: z.string().trim().min(2, '请填写地点').max(60, '地点最多60字'),
      agenda: z.string().trim().min(2, '请填写议程').max(1000, '议程最多1000字'),
      inviteSupporters: z.boolean().default(true),
      departments: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
      cadreIds: z.array(idSchema).max(10).default([]),
    }),
    output: z.object({ consultation: consultationSchema }),
  })),
  communityCadres: query(() => ({
    summary: '居委会：本社区的民情书记（邀请参加协商会）',
    roles: staff,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({ cadres: z.array(z.object({ id: idSchema, name: freeText() })) }),
  })),
  recordMinutes: command(() => ({
    summary: '居委会：记录协商纪要、议定事项和结果',
    roles: staff,
    input: z.strictObject({
      consultationId: idSchema,
      minutes: z.string().trim().max(5000, '纪要最多5000字'),
      actions: z
        .array(actionItemSchema.omit({ id: true }).extend({ id: idSchema.optional(), dueDate: dateSchema }))
        .max(30, '议定事项最多30项'),
      outcome: shortText(1000, '结果最多1000字').default(''),
    }),
    output: z.object({ consultation: consultationSchema }),
  })),
  conclude: command(() => ({
    summary: '居委会：标记已解决、未能解决或已转办（附说明）',
    roles: staff,
    input: z.strictObject({
      ...matterRef,
      ending: z.enum(matterEndings),
      reason: reasonSchema,
      /** Yes, conclude although agreed action items are still open (else CONFIRMATION_REQUIRED). */
      confirmOpenItems: z.boolean().default(false),
    }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  escalate: command(() => ({
    summary: '居委会：上报街道或区直部门（街呼区应），设定答复期限',
    roles: staff,
    input: z.strictObject({
      ...matterRef,
      level: z.enum(['street', 'district']),
      department: z.string().trim().min(2, '请填写部门').max(30, '部门名称最多30字'),
      dueDate: dateSchema,
      note: shortText(500, '说明最多500字').default(''),
    }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  answerEscalation: command(() => ({
    summary: '居委会：记录上级部门的答复',
    roles: staff,
    input: z.strictObject({ ...matterRef, response: z.string().trim().min(2, '请填写答复内容').max(1000) }),
    output: z.object({ matter: matterDetailSchema }),
  })),
  raiseQuota: query(() => ({
    summary: '今天还可以提几件说事（打开说事表单时问一次）',
    roles: ['resident'],
    input: z.strictObject({}),
    output: z.object({
      limit: z.number().int(),
      left: z.number().int(),
      /** Next midnight in Shanghai, when the count starts again. */
      resetsAt: z.number(),
    }),
  })),
};
