import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { lazySchema } from '../lazySchema';
import { activityPhases, signUpStates } from './activities';

/** A volunteer's own sign-up as its activity's page shows it. */
export const mySignUpSchema = lazySchema(() =>
  z.object({
    state: z.enum(signUpStates),
    /** 1 for the first in line; null unless waitlisted. */
    waitlistPosition: z.number().int().nullable(),
    signedInAt: z.number().nullable(),
    signedOutAt: z.number().nullable(),
    /** Minutes credited to the ledger at sign-out (0 when under 60% of the activity), else null. */
    creditedMinutes: z.number().int().nullable(),
  }),
);
export type MySignUpView = z.infer<typeof mySignUpSchema>;

export const activitySchema = lazySchema(() =>
  z.object({
    id: idSchema,
    title: freeText(),
    description: freeText(),
    place: freeText(),
    /** The 红帆驿站 it is held for, or null for the committee's own. */
    stationId: idSchema.nullable(),
    stationName: freeText(),
    startAt: z.number(),
    endAt: z.number(),
    signUpClosesAt: z.number(),
    headcount: z.number().int(),
    enrolled: z.number().int(),
    waitlisted: z.number().int(),
    seatsLeft: z.number().int(),
    /** By the server's clock. */
    phase: z.enum(activityPhases),
    cancelReason: freeText(),
    organiserName: freeText(),
    /** The caller's sign-up, or null. */
    mySignUp: mySignUpSchema.nullable(),
    /** What the reader may do now, so the page shows only buttons that will work. */
    actions: z.array(z.enum(['signUp', 'withdraw', 'signIn', 'signOut', 'showCode', 'roster', 'cancel'])),
  }),
);
export type ActivityView = z.infer<typeof activitySchema>;
export type ActivityAction = ActivityView['actions'][number];

/** One line of the organiser's roster: who signed up, in what order, and their attendance. */
export const rosterLineSchema = lazySchema(() =>
  z.object({
    userId: idSchema,
    name: freeText(),
    state: z.enum(signUpStates),
    waitlistPosition: z.number().int().nullable(),
    signedUpAt: z.number(),
    signedInAt: z.number().nullable(),
    signedOutAt: z.number().nullable(),
    creditedMinutes: z.number().int().nullable(),
  }),
);
export type RosterLineView = z.infer<typeof rosterLineSchema>;

/** The code on the organiser's phone and when it is replaced (the page refreshes then). */
export const signInCodeSchema = lazySchema(() => z.object({ code: fixedText(), expiresAt: z.number() }));
