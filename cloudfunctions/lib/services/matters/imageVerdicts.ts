import type { Deps } from '../../deps';
import type { MediaVerdictSink } from '../../ports/contentCheck';

/**
 * Applies asynchronous image-check verdicts to the matter's photos. Verdicts are applied one at a
 * time: each is a read-modify-write of the photo list, and two at once would lose one.
 */
export function imageVerdictSink(deps: () => Deps): MediaVerdictSink {
  let queue: Promise<void> = Promise.resolve();
  return (matterId, fileId, verdict) => {
    queue = queue
      // Its own unit of work: on SQLite, not interleaved with a call that is changing the matter.
      .then(() => deps().storage.unitOfWork(() => applyVerdict(deps(), matterId, fileId, verdict)))
      .catch((error: unknown) => {
        deps().logger.error('image_verdict_failed', { matterId, fileId, error: String(error) });
      });
    return queue;
  };
}

async function applyVerdict(deps: Deps, matterId: string, fileId: string, verdict: 'passed' | 'rejected') {
  const matter = await deps.storage.matters.findById(matterId);
  if (!matter) return;
  const photos = matter.photos.map((p) => (p.fileId === fileId ? { ...p, status: verdict } : p));
  await deps.storage.matters.update(matterId, { photos }, deps.clock.now());
}
