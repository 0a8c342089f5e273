import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { matterStateSchema } from '../matters/states';
import { bookingSchema, visitModeSchema } from '../visits/views';
import { query } from './define';

const count = () => z.number().int();
const visitDaySchema = z.object({ date: fixedText(), moved: z.boolean(), reason: freeText() });

/**
 * The `home` function: what each role's home tab shows, one query per role, so a home opens with
 * one call. Each answer holds only the caller's own: a committee its community, a cadre their own
 * slots and follow-ups, a resident their own bookings and matters.
 */
export const homeContract = {
  committeeWorkbench: query(() => ({
    summary: '居委会工作台：待审核、被举报、逾期未办、今日协商',
    roles: ['committee'],
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({
      communityId: idSchema,
      /** What the four moderation queues hold (说事审核's tabs). */
      moderation: z.object({
        pendingMatters: count(),
        flaggedMatters: count(),
        pendingComments: count(),
        flaggedComments: count(),
      }),
      /** 逾期未办 (src/domain/matters/overdue.ts): how many, and the longest overdue few. */
      overdue: z.object({
        count: count(),
        items: z.array(z.object({ id: idSchema, title: freeText(), dueDate: fixedText(), department: freeText() })),
      }),
      /** 今日协商: the meetings scheduled today (Asia/Shanghai), earliest first. */
      meetings: z.array(
        z.object({
          id: idSchema,
          matterId: idSchema,
          matterTitle: freeText(),
          scheduledAt: z.number(),
          place: freeText(),
        }),
      ),
    }),
  })),
  cadreWorkbench: query(() => ({
    summary: '民情书记工作台：今日接访、待跟进、下一个接访日',
    roles: ['cadre'],
    input: z.strictObject({}),
    output: z.object({
      today: fixedText(),
      /** Today is a visit day of one of the cadre's communities (moves applied). */
      todayIsVisitDay: z.boolean(),
      /** The cadre's own open slots today, in time order. */
      todaySlots: z.array(
        z.object({
          id: idSchema,
          start: fixedText(),
          end: fixedText(),
          mode: visitModeSchema,
          place: freeText(),
          capacity: count(),
          seatsTaken: count(),
        }),
      ),
      followUps: z.object({
        open: count(),
        overdue: count(),
        /** The first few, due date first. */
        items: z.array(z.object({ recordId: idSchema, dueDate: fixedText(), note: freeText(), overdue: z.boolean() })),
      }),
      /** The next visit day after today, and what the cadre has published for it. */
      nextDay: z.object({ date: fixedText(), slotCount: count(), capacity: count(), seatsTaken: count() }).nullable(),
    }),
  })),
  adminWorkbench: query(() => ({
    summary: '管理员首页：各角色用户人数',
    roles: ['admin'],
    input: z.strictObject({}),
    output: z.object({
      users: z.object({
        resident: count(),
        cadre: count(),
        committee: count(),
        admin: count(),
        gridWorker: count(),
        street: count(),
        department: count(),
        property: count(),
      }),
    }),
  })),
  residentOverview: query(() => ({
    summary: '居民首页：我的下一次预约、我的说事进展、近期接访日',
    roles: ['resident'],
    input: z.strictObject({}),
    output: z.object({
      communityId: idSchema,
      /** My next booked or waitlisted visit, from today on. */
      nextBooking: bookingSchema.nullable(),
      /** The matters I raised, newest first (a few), each with where it stands. */
      matters: z.array(z.object({ id: idSchema, title: freeText(), state: matterStateSchema, updatedAt: z.number() })),
      /** My community's next visit days (moves applied). */
      visitDays: z.array(visitDaySchema),
    }),
  })),
};
