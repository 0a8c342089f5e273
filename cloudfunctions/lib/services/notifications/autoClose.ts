import { REOPEN_WINDOW_MS } from '@domain/matters/reopen';
import type { Deps } from '../../deps';
import { applyTransition } from '../matters/transition';

const BATCH = 100;

/**
 * 办结 without a rating: once the author's 7-day window to rate or reopen has passed, the matter
 * closes by itself (the transition table allows the system to). A matter someone changed in the
 * meantime is left for the next run (applyTransition's conditional update refuses it).
 */
export async function closeUnratedMatters(deps: Deps): Promise<{ closed: number }> {
  const due = await deps.storage.matters.listResolvedBefore(deps.clock.now() - REOPEN_WINDOW_MS, BATCH);
  let closed = 0;
  for (const matter of due) {
    try {
      await deps.storage.unitOfWork(() =>
        applyTransition(deps, matter, {
          transition: 'close',
          actor: 'system',
          actorId: null,
          actorRole: 'system',
          note: '7天内未评价，自动办结',
        }),
      );
      closed += 1;
    } catch (error) {
      deps.logger.warn('auto_close_skipped', { matterId: matter.id, error: String(error) });
    }
  }
  if (closed > 0) deps.logger.info('matters_auto_closed', { closed });
  return { closed };
}
