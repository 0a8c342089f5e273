import type { ContentionVerdict } from './invariants';
import type { WorkloadLog } from './workload';

export interface ContentionFigures extends ContentionVerdict {
  attempts: number;
  cancels: number;
  capacityChanges: number;
  refusals: number;
  /** Answers no rule explains (INTERNAL, ...): must stay 0. */
  errors: number;
  seconds: number;
  /** The first few unexplained answers, to read when `errors` is not 0. */
  errorSamples: string[];
}

export function contentionFigures(log: WorkloadLog, verdict: ContentionVerdict, seconds: number): ContentionFigures {
  return {
    attempts: log.attempts.length,
    ...verdict,
    cancels: log.cancels,
    capacityChanges: log.capacityChanges,
    refusals: log.refusals,
    errors: log.errors.length,
    seconds: Math.round(seconds * 10) / 10,
    errorSamples: log.errors.slice(0, 5),
  };
}
