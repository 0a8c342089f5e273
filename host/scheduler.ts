import { shanghaiDateOf, shanghaiWallClockToMs } from '../src/domain/time';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import type { Logger } from '../cloudfunctions/lib/ports/logger';

export interface DailyJob {
  name: string;
  /** `HH:mm` in Asia/Shanghai, like the cloud function's timer trigger. */
  at: string;
  run(): Promise<unknown>;
}

/** The next time `at` (Shanghai wall clock) comes round after `now`. */
export function nextRunAt(now: number, at: string): number {
  const today = shanghaiWallClockToMs(shanghaiDateOf(now), at);
  return today > now ? today : shanghaiWallClockToMs(shanghaiDateOf(now + 86_400_000), at);
}

/** The local host's stand-in for CloudBase timer triggers: each job once a day at its time. */
export function startDailyJobs(jobs: DailyJob[], clock: Clock, logger: Logger): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const schedule = (job: DailyJob) => {
    const delay = Math.max(1000, nextRunAt(clock.now(), job.at) - clock.now());
    const timer = setTimeout(() => {
      timers.delete(timer);
      job
        .run()
        .catch((error: unknown) => logger.error('job_failed', { job: job.name, error: String(error) }))
        .finally(() => schedule(job));
    }, delay);
    timer.unref();
    timers.add(timer);
  };
  jobs.forEach(schedule);
  return () => timers.forEach((timer) => clearTimeout(timer));
}
