import { z } from 'zod';
import { asFixedText } from './textFields';

/** Record ids: opaque strings made by the ids port (CloudBase `_id`s look alike). */
export const idSchema = asFixedText(z.string().trim().min(1, '编号不能为空').max(64, '编号过长'));

/** A client request id, unique per user intent; a retry reuses it. */
export const requestIdSchema = z
  .string()
  .min(8, '请求编号过短')
  .max(64, '请求编号过长')
  .regex(/^[A-Za-z0-9_-]+$/, '请求编号只能包含字母、数字、-和_');
