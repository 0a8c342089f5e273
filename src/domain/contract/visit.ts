import { z } from 'zod';
import { contactText, fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { matterCategorySchema } from '../matters/categories';
import { matterTitleSchema } from '../matters/text';
import { pageInputShape, pageOf } from '../pagination';
import { shanghaiDateSchema as dateSchema } from '../dateSchema';
import { bookingSchema, slotSchema, visitModeSchema, visitRecordSchema } from '../visits/views';
import { phoneSchema } from '../users';
import { onBehalfShape } from '../onBehalf';
import { consentShape } from '../notifications/consentField';
import { bookForFieldsSchema, bookInputSchema } from '../visits/bookingInput';
import {
  addressSchema,
  bookingCancelReasonSchema,
  cancelReasonSchema,
  followUpInputSchema,
  followUpOutcomeSchema,
  topicSchema,
  visitRecordTextsShape,
  withSomeRecordText,
} from '../visits/text';
import { ANY_USER, command, query } from './define';
import { lazySchema } from '../lazySchema';

const timeSchema = lazySchema(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'));
const reason = cancelReasonSchema;

const slotInput = lazySchema(() =>
  z.strictObject({
    start: timeSchema,
    end: timeSchema,
    mode: visitModeSchema,
    place: z.string().trim().max(60, '地点最多60字').default(''),
    capacity: z.number().int('名额须为整数').min(1, '名额至少1个').max(50, '名额最多50个'),
  }),
);

const dayView = lazySchema(() =>
  z.object({
    date: fixedText(),
    originalDate: fixedText(),
    moved: z.boolean(),
    reason: freeText(),
    bookingClosesAt: z.number(),
    cancelClosesAt: z.number(),
    /** Decided by the server's clock: the phone's may be wrong. */
    bookingOpen: z.boolean(),
    slotCount: z.number().int(),
    seatsLeft: z.number().int(),
    /** Seats taken on the day's open slots (booked, attended, walk-ins): what a move would carry. */
    bookedCount: z.number().int(),
    myBooking: bookingSchema.nullable(),
  }),
);

/**
 * One visit day as its page shows it: whether it was moved there, the deadlines (server clock),
 * whom to call after them, its slots and my booking. Booking, cancelling and moving answer with
 * it too, so the page shows what changed without asking again.
 */
const daySlotsView = lazySchema(() =>
  z.object({
    date: fixedText(),
    originalDate: fixedText(),
    moved: z.boolean(),
    reason: freeText(),
    officePhone: fixedText(),
    bookingOpen: z.boolean(),
    bookingClosesAt: z.number(),
    /** Whether a booking on this day can still be cancelled or moved (server clock). */
    cancelOpen: z.boolean(),
    cancelClosesAt: z.number(),
    slots: z.array(slotSchema),
    myBooking: bookingSchema.nullable(),
  }),
);

const cadre = ['cadre'] as const;
const resident = ['resident'] as const;
/** 红色代办: staff who book a visit for a resident at the door (like `service.placeOrderFor`). */
const proxies = ['committee', 'cadre', 'gridWorker'] as const;

/** The `visit` function: 民意5来听, visit days, slots, bookings with a waitlist, visit records. */
export const visitContract = {
  days: query(() => ({
    summary: '本社区接下来的接访日（含调整）和我的预约',
    roles: ANY_USER,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({ communityId: idSchema, officePhone: fixedText(), days: z.array(dayView) }),
  })),
  slots: query(() => ({
    summary: '某个接访日的时段：民情书记、方式、时间、地点、剩余名额',
    roles: ANY_USER,
    input: z.strictObject({ date: dateSchema, communityId: idSchema.optional() }),
    output: daySlotsView,
  })),
  book: command(() => ({
    summary: '预约一个时段（满员时进入候补）',
    roles: resident,
    input: bookInputSchema.extend(consentShape),
    output: z.object({ booking: bookingSchema, status: z.enum(['booked', 'waitlisted']), day: daySlotsView }),
  })),
  cancel: command(() => ({
    summary: '取消预约（截止前，原因可不填）',
    roles: resident,
    input: z.strictObject({ bookingId: idSchema, reason: bookingCancelReasonSchema }),
    output: z.object({ booking: bookingSchema, day: daySlotsView }),
  })),
  reschedule: command(() => ({
    summary: '改约到另一个时段（截止前）',
    roles: resident,
    input: z.strictObject({ bookingId: idSchema, toSlotId: idSchema, reason }),
    output: z.object({ booking: bookingSchema, status: z.enum(['booked', 'waitlisted']), day: daySlotsView }),
  })),
  bookFor: command(() => ({
    summary: '红色代办：为没有手机的居民预约一个时段（满员时进入候补），记下居民如何同意，通知居民和家属',
    roles: proxies,
    input: bookForFieldsSchema.unwrap().extend(onBehalfShape),
    output: z.object({ booking: bookingSchema, status: z.enum(['booked', 'waitlisted']) }),
  })),
  cancelFor: command(() => ({
    summary: '红色代办：代办的工作人员或居委会在截止前取消代约的接访，附原因，通知居民和家属',
    roles: proxies,
    input: z.strictObject({ bookingId: idSchema, reason }),
    output: z.object({ booking: bookingSchema }),
  })),
  bookedFor: query(() => ({
    summary: '红色代办：本社区近期代约的接访（已预约或候补，由早到晚），注明我能否取消',
    roles: proxies,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({
      communityId: idSchema,
      bookings: z.array(
        // Coming bookings have no visit record yet; whether the caller may cancel is the server's word.
        bookingSchema.unwrap().omit({ record: true }).extend({ mayCancel: z.boolean() }),
      ),
    }),
  })),
  myVisits: query(() => ({
    summary: '我的约见：即将到来的和过去的（含民情日记和跟进）',
    roles: resident,
    input: z.strictObject({ when: z.enum(['upcoming', 'past']), ...pageInputShape }),
    output: pageOf(bookingSchema),
  })),
  publishSlots: command(() => ({
    summary: '民情书记：发布某个接访日的时段',
    roles: cadre,
    input: z.strictObject({
      communityId: idSchema,
      date: dateSchema,
      slots: z.array(slotInput).min(1, '至少发布一个时段').max(12, '一次最多发布12个时段'),
    }),
    output: z.object({ slots: z.array(slotSchema) }),
  })),
  copyLastDay: command(() => ({
    summary: '民情书记：一键复制上一个接访日的时段',
    roles: cadre,
    input: z.strictObject({ communityId: idSchema, date: dateSchema }),
    output: z.object({ slots: z.array(slotSchema), copiedFrom: fixedText() }),
  })),
  updateSlot: command(() => ({
    summary: '民情书记：修改时段（名额不能少于已预约人数）',
    roles: cadre,
    input: z.strictObject({ slotId: idSchema, ...slotInput.unwrap().shape }),
    output: z.object({ slot: slotSchema }),
  })),
  cancelSlot: command(() => ({
    summary: '民情书记：取消时段并通知已预约的居民',
    roles: cadre,
    input: z.strictObject({ slotId: idSchema, reason }),
    output: z.object({ slot: slotSchema, cancelledBookings: z.number().int() }),
  })),
  daySheet: query(() => ({
    summary: '民情书记：当天的接访单（按时间排序，联系方式默认隐藏）',
    roles: cadre,
    input: z.strictObject({ date: dateSchema }),
    output: z.object({
      date: fixedText(),
      /** The visit day has come (server clock, Shanghai): attendance and walk-ins may be recorded. */
      visitDayReached: z.boolean(),
      slots: z.array(slotSchema.unwrap().extend({ bookings: z.array(bookingSchema) })),
    }),
  })),
  revealContact: query(() => ({
    summary: '民情书记：查看入户走访居民的电话和地址（记入审计日志）',
    roles: cadre,
    input: z.strictObject({ bookingId: idSchema }),
    output: z.object({ phone: contactText(), address: contactText() }),
  })),
  markAttendance: command(() => ({
    summary: '民情书记：标记已接访、未到场（或撤销）',
    roles: cadre,
    input: z.strictObject({ bookingId: idSchema, state: z.enum(['attended', 'no_show', 'booked']) }),
    output: z.object({ booking: bookingSchema }),
  })),
  addWalkIn: command(() => ({
    summary: '民情书记：登记现场来访的居民（从不候补；约满时确认后加一个名额）',
    roles: cadre,
    input: z.strictObject({
      slotId: idSchema,
      name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多20字'),
      topic: topicSchema,
      /** A walk-in may give no phone. */
      phone: phoneSchema.default(''),
      address: addressSchema.default(''),
      /** The cadre confirmed 已约满，仍登记: a full slot gets one seat more (else CONFIRMATION_REQUIRED). */
      overCapacity: z.boolean().default(false),
    }),
    output: z.object({ booking: bookingSchema, overCapacity: z.boolean() }),
  })),
  recordVisit: command(() => ({
    summary: '民情书记：记录民情日记（察民情、听民意、解民忧、汇民智）和跟进事项',
    roles: cadre,
    input: withSomeRecordText(
      z.strictObject({
        bookingId: idSchema,
        ...visitRecordTextsShape,
        photos: z.array(z.string().min(1).max(300)).max(6, '最多6张照片').default([]),
        followUp: followUpInputSchema.nullable().default(null),
      }),
    ),
    output: z.object({ record: visitRecordSchema }),
  })),
  openMatter: command(() => ({
    summary: '民情书记：把这次走访代居民转为一件说事（与居民自己提出的一样脱敏、审核；可对其他居民匿名；双向关联）',
    roles: cadre,
    input: z.strictObject({
      recordId: idSchema,
      title: matterTitleSchema,
      category: matterCategorySchema,
      /** The resident's choice, asked by the cadre: hide their name from other residents. */
      anonymous: z.boolean().default(false),
    }),
    output: z.object({
      matterId: idSchema,
      maskedKinds: z.array(fixedText()),
      moderation: z.enum(['published', 'queued']),
    }),
  })),
  followUps: query(() => ({
    summary: '民情书记：待跟进和已逾期的事项',
    roles: cadre,
    input: z.strictObject({}),
    output: z.object({ records: z.array(visitRecordSchema.unwrap().extend({ residentName: freeText() })) }),
  })),
  closeFollowUp: command(() => ({
    summary: '民情书记：填写跟进结果并关闭',
    roles: cadre,
    input: z.strictObject({ recordId: idSchema, outcome: followUpOutcomeSchema }),
    output: z.object({ record: visitRecordSchema }),
  })),
  moveVisitDay: command(() => ({
    summary: '居委会：调整本社区的一个接访日（如遇节假日），附原因；时段和预约随之调整并通知居民',
    roles: ['committee'],
    input: z.strictObject({ communityId: idSchema.optional(), originalDate: dateSchema, movedTo: dateSchema, reason }),
    output: z.object({
      days: z.array(dayView),
      /** Booked and waitlisted residents whose booking moved with the day; each was told. */
      movedBookings: z.number().int(),
      /** Bookings cancelled instead: the resident already had one on the new date. */
      cancelledBookings: z.number().int(),
    }),
  })),
};
