import type { MatterRecord } from '../cloudfunctions/lib/ports/matters';
import type { Storage } from '../cloudfunctions/lib/ports/storage';

/** Stores a bench matter as a resident raised it: the matter and its first timeline entry, `timelineId`. */
export async function storeRaisedMatter(storage: Storage, matter: MatterRecord, timelineId: string): Promise<void> {
  await storage.matters.create(matter, {
    id: timelineId,
    matterId: matter.id,
    at: matter.createdAt,
    transition: 'raise',
    fromState: null,
    toState: matter.state,
    actorId: matter.authorId,
    actorRole: 'resident',
    note: '',
  });
}
