import { AppError } from '../errors';
import { startOfShanghaiDay } from '../time';

/** Per resident per Shanghai calendar day: enough for real use, too few for flooding a board. */
export const dailyLimits = { matter: 5, comment: 50, flag: 20 } as const;
export type RateKind = keyof typeof dailyLimits;

const limitMessages: Record<RateKind, string> = {
  matter: `今天已提交${dailyLimits.matter}条说事，明天再来吧`,
  comment: `今天评论已达${dailyLimits.comment}条，明天再来吧`,
  flag: `今天举报已达${dailyLimits.flag}次，明天再来吧`,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Counting restarts at midnight in Shanghai, which is when "today" ends for the resident. */
export function rateWindowStart(nowMs: number): number {
  return startOfShanghaiDay(nowMs);
}

/** `countSoFarToday` excludes the one being submitted: at the limit, the next one is refused. */
export function assertWithinLimit(kind: RateKind, countSoFarToday: number): void {
  if (countSoFarToday >= dailyLimits[kind]) throw new AppError('RATE_LIMITED', limitMessages[kind]);
}

/** How many more of `kind` the resident may send today, and when the count starts again. */
export interface DailyQuota {
  limit: number;
  left: number;
  /** Next midnight in Shanghai (China keeps no daylight saving, so a day is always 24 h). */
  resetsAt: number;
}

export function quotaOf(kind: RateKind, countSoFarToday: number, nowMs: number): DailyQuota {
  const limit = dailyLimits[kind];
  return { limit, left: Math.max(0, limit - countSoFarToday), resetsAt: rateWindowStart(nowMs) + DAY_MS };
}

/**
 * What the raise form says when it opens, before anything is typed: how many are left, or at zero
 * that the form is closed until midnight (the same limit the server applies on submit).
 */
export function raiseQuotaText(quota: DailyQuota): string {
  if (quota.left === 0) return `今天已提交${quota.limit}件说事，达到每天上限。明天0点后可以再提。`;
  return `今天还可以提 ${quota.left} 件（每人每天最多${quota.limit}件）`;
}
