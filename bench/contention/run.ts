import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { upcomingVisitDays } from '@domain/visits/days';
import { benchResident } from '../benchUsers';
import { contentionFigures, type ContentionFigures } from './figures';
import { verifyFromStorage } from './invariants';
import type { ContentionPlan } from './plan';
import { publishSlots, runWorkload, type VisitCaller } from './workload';

const COMMUNITY = 'c-dongmen';

/**
 * One contention run, whatever reaches `visit` (`call`): the plan's residents written to `storage`,
 * the cadre's slots on the visit days after tomorrow (booking closes the day before), the
 * workload, and the verdict read back from `storage`.
 */
export async function contentionRun(
  storage: Storage,
  call: VisitCaller,
  now: number,
  plan: ContentionPlan,
): Promise<ContentionFigures> {
  const residents = Array.from({ length: plan.clients * plan.residentsPerClient }, (_, i) => `u-contention-${i}`);
  for (const id of residents) await storage.users.createIfAbsent(benchResident(id, COMMUNITY, now));
  const dates = upcomingVisitDays(now + 2 * 86_400_000, plan.visitDays);
  const slots = await publishSlots(call, COMMUNITY, dates, plan);
  const started = performance.now();
  const log = await runWorkload(call, residents, slots, plan);
  const seconds = (performance.now() - started) / 1_000;
  const verdict = await verifyFromStorage(
    storage,
    slots.map((s) => s.id),
    log.attempts,
  );
  return contentionFigures(log, verdict, seconds);
}
