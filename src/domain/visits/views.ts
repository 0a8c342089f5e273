import { z } from 'zod';
import { contactText, fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import type { Tone } from '../tones';
import { lazySchema } from '../lazySchema';

/** How a cadre meets residents on a visit day. */
export const visitModes = ['home', 'station', 'enterprise'] as const;
export type VisitMode = (typeof visitModes)[number];
export const visitModeSchema = /* @__PURE__ */ lazySchema(() => z.enum(visitModes, { error: '请选择接访方式' }));
export const visitModeLabels: Record<VisitMode, string> = {
  home: '入户走访',
  station: '红帆驿站',
  enterprise: '企业走访',
};

export const bookingStates = ['booked', 'waitlisted', 'attended', 'no_show', 'cancelled'] as const;
export type BookingState = (typeof bookingStates)[number];
export const bookingStateLabels: Record<BookingState, string> = {
  booked: '已预约',
  waitlisted: '候补中',
  attended: '已接访',
  no_show: '未到场',
  cancelled: '已取消',
};
export const bookingStateTones: Record<BookingState, Tone> = {
  booked: 'news',
  waitlisted: 'warn',
  attended: 'good',
  no_show: 'quiet',
  cancelled: 'quiet',
};

export const slotSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    communityId: idSchema,
    cadreId: idSchema,
    cadreName: freeText(),
    /** Shanghai calendar date of the visit day. */
    date: fixedText(),
    start: fixedText(),
    end: fixedText(),
    mode: visitModeSchema,
    place: freeText(),
    capacity: z.number().int(),
    seatsTaken: z.number().int(),
    seatsLeft: z.number().int(),
    waitlistCount: z.number().int(),
    state: z.enum(['open', 'cancelled']),
    cancelReason: freeText(),
  }),
);
export type SlotView = z.infer<typeof slotSchema>;

export const followUpSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    needed: z.boolean(),
    dueDate: fixedText(),
    note: freeText(),
    state: z.enum(['open', 'closed']),
    outcome: freeText(),
    closedAt: z.number().nullable(),
    overdue: z.boolean(),
  }),
);

/** Where a follow-up stands as people read it: still to do, past its due date, or done. */
export type FollowUpStatus = 'open' | 'overdue' | 'closed';
export function followUpStatus(followUp: { state: 'open' | 'closed'; overdue: boolean }): FollowUpStatus {
  if (followUp.state === 'closed') return 'closed';
  return followUp.overdue ? 'overdue' : 'open';
}
export const followUpStatusLabels: Record<FollowUpStatus, string> = {
  open: '待跟进',
  overdue: '已逾期',
  closed: '已跟进',
};
export const followUpStatusTones: Record<FollowUpStatus, Tone> = {
  open: 'warn',
  overdue: 'alert',
  closed: 'good',
};

export const visitRecordSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    bookingId: idSchema.nullable(),
    slotId: idSchema,
    cadreId: idSchema,
    cadreName: freeText(),
    communityId: idSchema,
    date: fixedText(),
    seen: freeText(),
    heard: freeText(),
    solved: freeText(),
    suggested: freeText(),
    photos: z.array(z.object({ fileId: fixedText(), url: fixedText() })),
    followUp: followUpSchema.nullable(),
    matterId: idSchema.nullable(),
    createdAt: z.number(),
  }),
);
export type VisitRecordView = z.infer<typeof visitRecordSchema>;

/** A booking as shown: contact details masked unless the viewer may see them. */
export const bookingSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    slotId: idSchema,
    communityId: idSchema,
    residentId: idSchema.nullable(),
    residentName: freeText(),
    date: fixedText(),
    start: fixedText(),
    end: fixedText(),
    mode: visitModeSchema,
    place: freeText(),
    cadreName: freeText(),
    topic: freeText(),
    address: contactText(),
    phone: contactText(),
    contactMasked: z.boolean(),
    state: z.enum(bookingStates),
    waitlistPosition: z.number().int().nullable(),
    walkIn: z.boolean(),
    /** `由陈秀英代办` for a booking staff made for the resident (红色代办), else ''. */
    onBehalfLine: freeText(),
    /** How the resident agreed to a booking made for them (staff and the resident read it), else ''. */
    onBehalfConsent: freeText(),
    cancelReason: freeText(),
    createdAt: z.number(),
    record: visitRecordSchema.nullable(),
  }),
);
export type BookingView = z.infer<typeof bookingSchema>;
