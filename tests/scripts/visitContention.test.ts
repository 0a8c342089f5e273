import { contentionInProcess } from '../../bench/contention/inProcess';
import { testScale } from '../../bench/contention/plan';
import { engines } from '../support/storages';

/**
 * The contention bench at a small size (300 booking attempts, 20 clients, 6 slots, cancels and
 * capacity changes among them), on both engines, over several seeds: on CloudBase each seed is
 * another random interleaving of the database requests. What the database holds afterwards must
 * keep the booking rules. A failing seed replays with `contentionInProcess(engine, { ...testScale, seed })`.
 */
const seeds = [1, 2, 3];

describe.each(engines)('booking under contention on %s', (engine) => {
  it.each(seeds)(
    'never seats more than a slot holds, and serves its waitlist in order (seed %i)',
    async (seed) => {
      const figures = await contentionInProcess(engine, { ...testScale, seed });
      expect(figures.overbooked).toBe(0);
      expect(figures.seatCountMismatches).toBe(0);
      expect(figures.waitlistOrderViolations).toBe(0);
      expect(figures.errorSamples).toEqual([]);
      // The run did contend: every attempt was made, seats filled, people waited, capacities moved.
      expect(figures.attempts).toBe(testScale.attempts);
      expect(figures.booked).toBeGreaterThan(0);
      expect(figures.waitlisted).toBeGreaterThan(0);
      expect(figures.capacityChanges).toBeGreaterThan(0);
    },
    60_000,
  );
});
