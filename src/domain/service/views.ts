import { z } from 'zod';
import { contactText, fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { lazySchema } from '../lazySchema';
import type { Tone } from '../tones';
import { serviceCategories } from './categories';
import { ledgerKinds } from './hours';
import { serviceTakers } from './menu';
import { orderStates, type OrderState } from './orders';
import { volunteerStates } from './volunteers';

export const wantedPeriods = ['morning', 'afternoon', 'evening', 'any'] as const;
export type WantedPeriod = (typeof wantedPeriods)[number];
export const wantedPeriodLabels: Record<WantedPeriod, string> = {
  morning: '上午',
  afternoon: '下午',
  evening: '晚上',
  any: '时间都可以',
};

export const orderStateTones: Record<OrderState, Tone> = {
  placed: 'warn',
  claimed: 'news',
  in_progress: 'news',
  done: 'warn',
  confirmed: 'good',
  disputed: 'alert',
  cancelled: 'quiet',
};

export const serviceCategorySchema = lazySchema(() => z.enum(serviceCategories, { error: '请选择服务类别' }));
export const serviceTakerSchema = lazySchema(() => z.enum(serviceTakers, { error: '请选择由谁接单' }));
export const orderStateSchema = lazySchema(() => z.enum(orderStates));
export const volunteerStateSchema = lazySchema(() => z.enum(volunteerStates));
export const wantedPeriodSchema = lazySchema(() => z.enum(wantedPeriods, { error: '请选择时段' }));

export const serviceItemSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: freeText(),
    description: freeText(),
    category: serviceCategorySchema,
    takenBy: serviceTakerSchema,
    takerId: idSchema.nullable(),
    /** The team's or station's name when one takes it, else ''. */
    takerName: freeText(),
    responseHours: z.number().int(),
    standardMinutes: z.number().int(),
    active: z.boolean(),
  }),
);
export type ServiceItemView = z.infer<typeof serviceItemSchema>;

export const stationSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: freeText(),
    address: freeText(),
    openingHours: freeText(),
    /** The station's public phone: it is a service point, not a person. */
    contactPhone: fixedText(),
    /** `步行约3分钟` from the caller's compound, or ''. */
    walk: fixedText(),
    items: z.array(z.object({ id: idSchema, name: freeText() })),
    walkMinutes: z.record(z.string(), z.number()),
    /** Its activities not ended yet, soonest first (at most 3): the station card lists them. */
    upcomingActivities: z.array(z.object({ id: idSchema, title: freeText(), startAt: z.number() })),
  }),
);
export type StationView = z.infer<typeof stationSchema>;

export const teamSchema = lazySchema(() => z.object({ id: idSchema, name: freeText() }));

/** A person as the order's other side sees them: a name and, for staff, their role. */
const personSchema = lazySchema(() => z.object({ id: idSchema.nullable(), name: freeText() }));

export const orderSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    itemId: idSchema,
    itemName: freeText(),
    category: serviceCategorySchema,
    state: orderStateSchema,
    details: freeText(),
    wantedDate: fixedText(),
    wantedPeriod: wantedPeriodSchema,
    /** Masked unless the reader is the resident, the claimant or the committee. */
    address: contactText(),
    contactPhone: contactText(),
    resident: personSchema,
    /** `由陈秀英代办`, or '' for an order the resident placed. */
    onBehalfLine: freeText(),
    /** 红色代办: how the resident agreed, for the resident's side and the committee; '' otherwise. */
    consent: freeText(),
    /** 红色代办: the family member told in the resident's place, for those who see the contact; '' otherwise. */
    familyName: freeText(),
    claimant: personSchema.nullable(),
    placedAt: z.number(),
    respondBy: z.number(),
    /** Placed, unclaimed and past its response time (the committee has been told). */
    overdue: z.boolean(),
    claimedAt: z.number().nullable(),
    startedAt: z.number().nullable(),
    doneAt: z.number().nullable(),
    closedAt: z.number().nullable(),
    rating: z.number().int().nullable(),
    thanks: freeText(),
    reason: freeText(),
    standardMinutes: z.number().int(),
    /** What the reader may do now, so the page shows only buttons that will work. */
    actions: z.array(
      z.enum(['claim', 'assign', 'release', 'start', 'finish', 'confirm', 'dispute', 'settle', 'reopen', 'cancel']),
    ),
  }),
);
export type OrderView = z.infer<typeof orderSchema>;

export const volunteerSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    userId: idSchema,
    name: freeText(),
    state: volunteerStateSchema,
    partyMember: z.boolean(),
    workUnit: freeText(),
    skills: freeText(),
    categories: z.array(serviceCategorySchema),
    availability: freeText(),
    gridId: idSchema.nullable(),
    teamId: idSchema.nullable(),
    teamName: freeText(),
    stationId: idSchema.nullable(),
    returnReason: freeText(),
    reportedAt: z.number(),
    totalMinutes: z.number().int(),
    stars: z.number().int(),
  }),
);
export type VolunteerView = z.infer<typeof volunteerSchema>;

export const ledgerEntrySchema = lazySchema(() =>
  z.object({
    id: idSchema,
    kind: z.enum(ledgerKinds),
    minutes: z.number().int(),
    note: freeText(),
    evidence: freeText(),
    at: z.number(),
  }),
);
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;
