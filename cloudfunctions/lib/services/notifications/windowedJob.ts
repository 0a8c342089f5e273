import { shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import type { Deps } from '../../deps';

/** A job that has never run looks back this far, so a fresh deployment sends what just fell due. */
export const FIRST_RUN_LOOKBACK_MS = 10 * 60_000;

/**
 * Runs `work` over the time since the job last ran, (lastRun, now], then moves the mark to now.
 * A late timer catches up; a timer that fires twice sees the same window, and the work's
 * dedupe keys make its second pass a no-op. The mark moves by compare-and-set, so of two
 * overlapping runs only one advances it.
 */
export async function runWindowedJob<T>(
  deps: Deps,
  job: string,
  work: (lastRun: number, now: number) => Promise<T>,
): Promise<T | null> {
  const now = deps.clock.now();
  const stored = await deps.storage.jobRuns.lastRun(job);
  const lastRun = stored ?? now - FIRST_RUN_LOOKBACK_MS;
  if (now <= lastRun) return null;
  const result = await work(lastRun, now);
  await deps.storage.jobRuns.advance(job, stored, now);
  return result;
}

/** Whether the moment fell in (lastRun, now]. */
export function fellBetween(momentMs: number, lastRun: number, now: number): boolean {
  return momentMs > lastRun && momentMs <= now;
}

/**
 * The Shanghai dates whose `time` (HH:mm) fell in (lastRun, now], oldest first: usually none or
 * today; several after the timer was down for days.
 */
export function datesWhoseMomentFell(time: string, lastRun: number, now: number): ShanghaiDate[] {
  const dates: ShanghaiDate[] = [];
  for (let date = shanghaiDateOf(lastRun); date <= shanghaiDateOf(now); date = addDays(date, 1)) {
    if (fellBetween(shanghaiWallClockToMs(date, time), lastRun, now)) dates.push(date);
  }
  return dates;
}
