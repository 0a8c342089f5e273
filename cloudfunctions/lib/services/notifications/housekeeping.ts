import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import type { Deps } from '../../deps';
import { fellBetween, runWindowedJob } from './windowedJob';

/** A client retries a command within seconds or minutes; a week later its request id is history. */
export const IDEMPOTENCY_KEEP_MS = 7 * 86_400_000;
/** Clean-up runs once a day, at night when nobody is using the app. */
export const HOUSEKEEPING_TIME = '03:00';

/** Forgets completed request ids older than a week, once a day at 03:00 Shanghai. */
export async function purgeOldRequestIds(deps: Deps): Promise<{ purged: number }> {
  const result = await runWindowedJob(deps, 'housekeeping', async (lastRun, now) => {
    if (!fellBetween(shanghaiWallClockToMs(shanghaiDateOf(now), HOUSEKEEPING_TIME), lastRun, now)) return { purged: 0 };
    const purged = await deps.storage.idempotency.purgeCompletedBefore(now - IDEMPOTENCY_KEEP_MS);
    deps.logger.info('idempotency_purged', { purged });
    return { purged };
  });
  return result ?? { purged: 0 };
}
