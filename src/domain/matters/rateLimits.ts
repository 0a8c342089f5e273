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

/** Counting restarts at midnight in Shanghai, which is when "today" ends for the resident. */
export function rateWindowStart(nowMs: number): number {
  return startOfShanghaiDay(nowMs);
}

/** `countSoFarToday` excludes the one being submitted: at the limit, the next one is refused. */
export function assertWithinLimit(kind: RateKind, countSoFarToday: number): void {
  if (countSoFarToday >= dailyLimits[kind]) throw new AppError('RATE_LIMITED', limitMessages[kind]);
}
