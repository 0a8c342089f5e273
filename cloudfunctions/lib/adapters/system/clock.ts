import type { Clock } from '../../ports/clock';

/** The machine's clock: production and the local host. Tests move a clock of their own. */
export const systemClock: Clock = { now: () => Date.now() };
