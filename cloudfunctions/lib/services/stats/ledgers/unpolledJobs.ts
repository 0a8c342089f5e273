import type { Deps } from '../../../deps';
import { advanceJob } from './jobSteps';

/** Jobs looked at per timer run: a handful of people export at once, not hundreds. */
const JOBS_PER_RUN = 5;
/** Steps per run at most, whatever the jobs: the timer has other work in its 30 s. */
const STEPS_PER_RUN = 20;
/** Time given to exports in one run. */
const BUDGET_MS = 5_000;

/**
 * The timer's share of the ledger exports: moves on the unfinished jobs nobody polls (the page
 * was closed), a step at a time, oldest job first, until they are done or the budget is spent.
 * A poll running the same step meanwhile is harmless: a step is keyed by (job, step).
 * Answers how many steps were taken.
 */
export async function advanceUnpolledExports(deps: Deps, startedAt = Date.now()): Promise<number> {
  const jobs = await deps.storage.exportJobs.listUnfinished(JOBS_PER_RUN);
  let steps = 0;
  for (const first of jobs) {
    let job = first;
    while (job.state !== 'done' && job.state !== 'failed') {
      if (steps >= STEPS_PER_RUN || Date.now() - startedAt > BUDGET_MS) return steps;
      job = await advanceJob(deps, job);
      steps += 1;
    }
  }
  return steps;
}
