import type { Logger } from '../cloudfunctions/lib/ports/logger';

/** The cloud timer fires at second 0 of every minute (`0 * * * * * *`); so does this one. */
export const TIMER_PERIOD_MS = 60_000;

/** Milliseconds from `now` to the start of the next minute (at least one second away). */
export function delayToNextMinute(now: number): number {
  const delay = TIMER_PERIOD_MS - (now % TIMER_PERIOD_MS);
  return delay < 1000 ? delay + TIMER_PERIOD_MS : delay;
}

/**
 * The local host's stand-in for the `notification` function's timer trigger: `run` once a
 * minute. A run that outlasts the minute is not started twice (the cloud may do that; the jobs
 * are safe either way, this just saves work). Failures are logged and the next minute retries.
 */
export function startMinuteTimer(run: () => Promise<unknown>, now: () => number, logger: Logger): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const tick = () => {
    run()
      .catch((error: unknown) =>
        logger.error('timer_failed', { error: error instanceof Error ? error.stack : String(error) }),
      )
      .finally(schedule);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, delayToNextMinute(now()));
    timer.unref();
  };
  schedule();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
