import { z } from 'zod';
import { isValidShanghaiDate } from '../time';
import { boundedText } from '../text';
import { lazySchema } from '../lazySchema';

/** What the resident wants to talk about: required for every booking. */
export const topicSchema = boundedText(
  '请写下想说的事，至少2个字',
  2,
  '请写下想说的事，至少2个字',
  100,
  '想说的事最多100字',
);

/** Where a home visit goes; whether it is required depends on the slot's mode (the service checks). */
export const addressSchema = boundedText('请填写地址', 0, '请填写地址', 60, '地址最多60个字');

/**
 * The contact phone of a booking: required, an 11-digit mainland mobile. Spaces and dashes that
 * people type to group the digits (138 0013 8000) are dropped.
 */
export const visitPhoneSchema = lazySchema(() =>
  z
    .string({ error: '请填写联系电话' })
    .transform((v) => v.replace(/[\s-]/g, ''))
    .refine((v) => v !== '', '请填写联系电话')
    .refine((v) => v === '' || /^1[3-9]\d{9}$/.test(v), '请填写11位手机号码'),
);

/** Why a booking or a slot is cancelled, a booking moved, or a visit day moved: the residents read it. */
export const cancelReasonSchema = boundedText('请填写原因', 2, '请填写原因', 100, '原因最多100字');

/**
 * Why a resident cancels their own booking: optional (a tap on a usual reason, a few words, or
 * nothing); the seat goes to the waitlist either way, and nobody should have to explain to let it go.
 */
export const bookingCancelReasonSchema = lazySchema(() =>
  boundedText('请填写原因', 0, '', 100, '原因最多100字').default(''),
);

/** The usual reasons a resident cancels, offered as one-tap choices (the text stays optional). */
export const usualBookingCancelReasons = ['临时有事', '问题已经解决了', '身体不适', '时间不合适，改天再约'] as const;

/** One part of a visit record (察民情, 听民意, 解民忧, 汇民智). */
export const recordTextSchema = boundedText('请填写内容', 0, '请填写内容', 1000, '每项最多1000字');

/** The four parts of 民情日记, each optional. */
export const visitRecordTextsShape = {
  /** 察民情: what was seen. */
  seen: lazySchema(() => recordTextSchema.default('')),
  /** 听民意: what was heard. */
  heard: lazySchema(() => recordTextSchema.default('')),
  /** 解民忧: what was solved on the spot or promised. */
  solved: lazySchema(() => recordTextSchema.default('')),
  /** 汇民智: suggestions. */
  suggested: lazySchema(() => recordTextSchema.default('')),
};

type RecordTexts = { seen: string; heard: string; solved: string; suggested: string };

/** 民情日记 says something: any of the four parts may stay empty, but not all of them (said at 察民情, the first). */
export function withSomeRecordText<S extends z.ZodType<RecordTexts>>(schema: S): S {
  return schema.refine((r) => [r.seen, r.heard, r.solved, r.suggested].some((v) => v !== ''), {
    message: '请至少填写一项',
    path: ['seen'],
  });
}

/** 民情日记's texts, as the form checks them before sending. */
export const visitRecordInputSchema = lazySchema(() => withSomeRecordText(z.object(visitRecordTextsShape)));
export type VisitRecordInput = z.infer<typeof visitRecordInputSchema>;

/** A follow-up a cadre promises after a visit. Whether the date is still ahead is the service's check. */
export const followUpInputSchema = lazySchema(() =>
  z.strictObject({
    dueDate: z.string({ error: '请选择跟进期限' }).refine(isValidShanghaiDate, '请选择有效的跟进期限'),
    note: boundedText('请写明要跟进的事', 2, '请写明要跟进的事，至少2个字', 200, '跟进事项最多200字'),
  }),
);
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/** What came of a follow-up: the resident reads it. */
export const followUpOutcomeSchema = boundedText('请填写跟进结果', 2, '请填写跟进结果', 500, '跟进结果最多500字');
