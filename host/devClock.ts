import type { Clock } from '../cloudfunctions/lib/ports/clock';

/**
 * Dev mode only: a clock that can be set to another instant and then runs on from there, so a
 * demo or an end-to-end test can reach a visit day or a meeting's time (attendance, minutes and
 * "resolved" wait for them). Production hosts use the system clock and have no route to this.
 */
export interface DevClock extends Clock {
  /** From now on the clock reads `at` and runs on; null goes back to the real time. */
  set(at: number | null): void;
}

export function devClock(base: Clock): DevClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    set: (at) => {
      offset = at === null ? 0 : at - base.now();
    },
  };
}
