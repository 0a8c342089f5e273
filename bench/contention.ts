import { contentionOnHost } from './contention/sqliteHost';
import { contentionInProcess } from './contention/inProcess';
import { cityScale } from './contention/plan';
import type { ContentionFigures } from './contention/figures';

/**
 * Booking contention at city scale on both engines: SQLite through the host process over HTTP
 * (its production path), CloudBase through the adapter over the in-memory requester with seeded
 * random interleaving. Figures are read back from each database: see contention/invariants.ts.
 */
export async function contentionBench(): Promise<Record<string, number>> {
  const sqlite = await contentionOnHost(cityScale);
  const cloudbase = await contentionInProcess('cloudbase', cityScale);
  return { ...keysOf('sqlite', sqlite), ...keysOf('cloudbase', cloudbase) };
}

function keysOf(engine: 'sqlite' | 'cloudbase', figures: ContentionFigures): Record<string, number> {
  if (figures.errors > 0) console.error(`visit.contention.${engine}: unexplained answers`, figures.errorSamples);
  const prefix = `visit.contention.${engine}`;
  return {
    [`${prefix}.clients`]: cityScale.clients,
    [`${prefix}.slots`]: cityScale.visitDays * cityScale.slotsPerDay,
    [`${prefix}.attempts`]: figures.attempts,
    [`${prefix}.booked`]: figures.booked,
    [`${prefix}.waitlisted`]: figures.waitlisted,
    [`${prefix}.capacity`]: figures.capacity,
    [`${prefix}.cancels`]: figures.cancels,
    [`${prefix}.capacityChanges`]: figures.capacityChanges,
    [`${prefix}.overbooked`]: figures.overbooked,
    [`${prefix}.seatCountMismatches`]: figures.seatCountMismatches,
    [`${prefix}.waitlistOrderViolations`]: figures.waitlistOrderViolations,
    [`${prefix}.errors`]: figures.errors,
    [`${prefix}.seconds`]: figures.seconds,
  };
}

if (require.main === module) {
  contentionBench()
    .then((figures) => console.log(figures))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
