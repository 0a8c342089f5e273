import { z } from 'zod';
import { idSchema } from '../ids';
import { pageInputShape, pageOf } from '../pagination';
import { activityInputShape, signInCodeInputSchema } from '../service/activityInputs';
import { activitySchema, rosterLineSchema, signInCodeSchema } from '../service/activityViews';
import { orderReasonSchema } from '../service/inputs';
import { consentShape } from '../notifications/consentField';
import { ANY_USER, command, query } from './define';

const committee = ['committee'] as const;
/** Signing up and attending: approved volunteers (residents who reported); the service checks it. */
const volunteers = ['resident'] as const;
const activityInput = z.strictObject({ activityId: idSchema });
const activityAnswer = z.object({ activity: activitySchema });

/**
 * 志愿活动 in the `service` function: the committee publishes an activity (for itself or a
 * 红帆驿站), approved volunteers sign up for its seats (waitlist when full) and sign in and out
 * with the organiser's rotating code; signing out credits the hours ledger.
 */
export const serviceActivityContract = {
  activities: query(() => ({
    summary: '志愿活动：本社区即将开始和进行中的活动（可按驿站筛选），以及我的报名',
    roles: ANY_USER,
    input: z.strictObject({
      communityId: idSchema.optional(),
      stationId: idSchema.optional(),
      /** `upcoming`: not ended yet, soonest first (default); `past`: ended or cancelled, newest first. */
      when: z.enum(['upcoming', 'past']).default('upcoming'),
      ...pageInputShape,
    }),
    output: pageOf(activitySchema),
  })),
  activity: query(() => ({
    summary: '一场志愿活动：时间地点、名额、我的报名和签到',
    roles: ANY_USER,
    input: activityInput,
    output: activityAnswer,
  })),
  publishActivity: command(() => ({
    summary: '居委会：发布志愿活动（时间、地点、人数、报名截止）',
    roles: committee,
    input: z.strictObject({ communityId: idSchema.optional(), ...activityInputShape }),
    output: activityAnswer,
  })),
  cancelActivity: command(() => ({
    summary: '居委会：取消志愿活动（写明原因，通知已报名和候补的志愿者）',
    roles: committee,
    input: z.strictObject({ activityId: idSchema, reason: orderReasonSchema }),
    output: activityAnswer,
  })),
  signUpActivity: command(() => ({
    summary: '志愿者报名（满员时进入候补，有人取消按顺序补上）',
    roles: volunteers,
    input: z.strictObject({ activityId: idSchema, ...consentShape }),
    output: activityAnswer,
  })),
  withdrawActivity: command(() => ({
    summary: '志愿者在报名截止前取消报名（候补的第一位补上）',
    roles: volunteers,
    input: activityInput,
    output: activityAnswer,
  })),
  activityCode: query(() => ({
    summary: '居委会：现场签到码（每30秒更换，志愿者输入后签到或签退）',
    roles: committee,
    input: activityInput,
    output: signInCodeSchema,
  })),
  signInActivity: command(() => ({
    summary: '志愿者现场签到（输入组织者手机上的签到码）',
    roles: volunteers,
    input: z.strictObject({ activityId: idSchema, code: signInCodeInputSchema }),
    output: activityAnswer,
  })),
  signOutActivity: command(() => ({
    summary: '志愿者签退（输入签到码；在场时间达到活动时长60%计入志愿时长）',
    roles: volunteers,
    input: z.strictObject({ activityId: idSchema, code: signInCodeInputSchema }),
    output: activityAnswer,
  })),
  activityRoster: query(() => ({
    summary: '居委会：活动报名名单（报名顺序、候补、签到签退和计入时长）',
    roles: committee,
    input: activityInput,
    output: z.object({ activity: activitySchema, lines: z.array(rosterLineSchema) }),
  })),
};
