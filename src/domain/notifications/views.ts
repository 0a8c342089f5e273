import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import type { Tone } from '../tones';
import { notificationKinds } from './kinds';
import { templateKeys } from './templates';

/** One entry of 我的 > 消息. `page` is where a tap goes. */
export const inboxItemSchema = z.object({
  id: idSchema,
  kind: z.enum(notificationKinds),
  status: fixedText(),
  title: freeText(),
  text: freeText(),
  page: fixedText(),
  createdAt: z.number(),
  read: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** How a WeChat message fared, in words a resident understands. */
export const deliveryStates = ['waiting', 'sent', 'no_consent', 'merged', 'expired', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/** A WeChat message's fate, in plain words. */
export const deliveryStateLabels: Record<DeliveryState, string> = {
  sent: '已送达微信',
  waiting: '等待发送',
  no_consent: '未授权，未发送',
  merged: '已合并到较新的通知',
  expired: '已过时，未发送',
  failed: '发送失败',
};

export const deliveryStateTones: Record<DeliveryState, Tone> = {
  sent: 'good',
  waiting: 'news',
  no_consent: 'warn',
  merged: 'news',
  expired: 'warn',
  failed: 'warn',
};

/** One would-be WeChat message: what WeChat received (or why it did not). */
export const wechatMessageSchema = z.object({
  id: idSchema,
  templateKey: z.enum(templateKeys),
  templateTitle: fixedText(),
  state: z.enum(deliveryStates),
  fields: z.array(z.object({ key: fixedText(), value: freeText() })),
  page: fixedText(),
  createdAt: z.number(),
  notBefore: z.number(),
  sentAt: z.number().nullable(),
});
export type WechatMessage = z.infer<typeof wechatMessageSchema>;

/** A message that could not be delivered after every retry, for the committee. */
export const deliveryProblemSchema = z.object({
  id: idSchema,
  userName: freeText(),
  kindStatus: fixedText(),
  templateTitle: fixedText(),
  /** In plain words, for the committee. */
  reason: fixedText(),
  /** As WeChat said it, for whoever fixes the configuration. */
  error: fixedText(),
  attempts: z.number().int(),
  createdAt: z.number(),
  failedAt: z.number(),
});
export type DeliveryProblem = z.infer<typeof deliveryProblemSchema>;

export const creditSchema = z.object({
  key: z.enum(templateKeys),
  title: fixedText(),
  credits: z.number().int(),
});
