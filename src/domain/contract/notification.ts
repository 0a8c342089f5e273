import { z } from 'zod';
import { idSchema } from '../ids';
import { acceptedTemplateIdsSchema } from '../notifications/consentField';
import { consentMoments } from '../notifications/templates';
import { creditSchema, deliveryProblemSchema, inboxItemSchema, wechatMessageSchema } from '../notifications/views';
import { pageInputShape, pageOf } from '../pagination';
import { ANY_USER, command, query } from './define';

const unread = z.object({ unread: z.number().int() });
const staff = ['committee'] as const;

/** The `notification` function: the inbox, subscribe-message consent and delivery status. Its timer runs the jobs. */
export const notificationContract = {
  inbox: query(() => ({
    summary: '我的消息（最新在前）',
    roles: ANY_USER,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(inboxItemSchema).extend({ unread: z.number().int() }),
  })),
  unreadCount: query(() => ({
    summary: '未读消息数（“我的”角标）',
    roles: ANY_USER,
    input: z.strictObject({}),
    output: unread,
  })),
  markRead: command(() => ({
    summary: '把几条消息标为已读',
    roles: ANY_USER,
    input: z.strictObject({ ids: z.array(idSchema).min(1, '请选择消息').max(50, '一次最多50条') }),
    output: unread,
  })),
  markAllRead: command(() => ({
    summary: '全部标为已读',
    roles: ANY_USER,
    input: z.strictObject({}),
    output: unread,
  })),
  subscribe: command(() => ({
    summary: '上报微信订阅消息授权结果：每同意一个模板，可给本人发一条',
    roles: ANY_USER,
    input: z.strictObject({
      moment: z.enum(Object.keys(consentMoments) as [keyof typeof consentMoments, ...(keyof typeof consentMoments)[]]),
      acceptedTemplateIds: acceptedTemplateIdsSchema,
    }),
    output: z.object({ credits: z.array(creditSchema) }),
  })),
  credits: query(() => ({
    summary: '我还能收到几条微信通知（按模板）',
    roles: ANY_USER,
    input: z.strictObject({}),
    output: z.object({ credits: z.array(creditSchema) }),
  })),
  wechatMessages: query(() => ({
    summary: '发给我的微信订阅消息及其状态（本地环境即模拟网关收到的内容）',
    roles: ANY_USER,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(wechatMessageSchema),
  })),
  deliveryProblems: query(() => ({
    summary: '居委会：重试后仍未送达的微信通知',
    roles: staff,
    input: z.strictObject({ communityId: idSchema.optional(), ...pageInputShape }),
    output: pageOf(deliveryProblemSchema),
  })),
  retryDelivery: command(() => ({
    summary: '居委会：重新发送一条未送达的微信通知',
    roles: staff,
    input: z.strictObject({ id: idSchema }),
    output: z.object({ requeued: z.boolean() }),
  })),
};
