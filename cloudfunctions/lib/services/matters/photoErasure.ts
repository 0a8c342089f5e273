import type { Deps } from '../../deps';
import type { MatterRecord } from '../../ports/matters';

/**
 * Deletes the photos of these matters for good; the matters stay. The files go first, then the
 * matter forgets them: a failure in between leaves a matter listing files already gone, and the
 * next run (the next night, WeChat's redelivered push) removes them again (a no-op) and clears the
 * list. Answers how many photos were erased.
 */
export async function erasePhotosOf(deps: Deps, matters: readonly MatterRecord[], now: number): Promise<number> {
  let erased = 0;
  for (const matter of matters) {
    if (matter.photos.length === 0) continue;
    await deps.files.remove(matter.photos.map((photo) => photo.fileId));
    await deps.storage.matters.update(matter.id, { photos: [] }, now);
    erased += matter.photos.length;
  }
  return erased;
}
