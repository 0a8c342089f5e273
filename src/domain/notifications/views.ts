import { z } from 'zod';
import { idSchema } from '../ids';
import { notificationKinds } from './kinds';
import { templateKeys } from './templates';

/** One entry of 我的 > 消息. `page` is where a tap goes. */
export const inboxItemSchema = z.object({
  id: idSchema,
  kind: z.enum(notificationKinds),
  status: z.string(),
  title: z.string(),
  text: z.string(),
  page: z.string(),
  createdAt: z.number(),
  read: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** How a WeChat message fared, in words a resident understands. */
export const deliveryStates = ['waiting', 'sent', 'no_consent', 'merged', 'expired', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/** One would-be WeChat message: what WeChat received (or why it did not). */
export const wechatMessageSchema = z.object({
  id: idSchema,
  templateKey: z.enum(templateKeys),
  templateTitle: z.string(),
  state: z.enum(deliveryStates),
  fields: z.array(z.object({ key: z.string(), value: z.string() })),
  page: z.string(),
  createdAt: z.number(),
  notBefore: z.number(),
  sentAt: z.number().nullable(),
});
export type WechatMessage = z.infer<typeof wechatMessageSchema>;

/** A message that could not be delivered after every retry, for the committee. */
export const deliveryProblemSchema = z.object({
  id: idSchema,
  userName: z.string(),
  kindStatus: z.string(),
  templateTitle: z.string(),
  /** In plain words, for the committee. */
  reason: z.string(),
  /** As WeChat said it, for whoever fixes the configuration. */
  error: z.string(),
  attempts: z.number().int(),
  createdAt: z.number(),
  failedAt: z.number(),
});
export type DeliveryProblem = z.infer<typeof deliveryProblemSchema>;

export const creditSchema = z.object({
  key: z.enum(templateKeys),
  title: z.string(),
  credits: z.number().int(),
});
