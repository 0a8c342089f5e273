import type { CommentRepository, MatterRecord, MatterRepository } from '../../../cloudfunctions/lib/ports/matters';
import type { ConsultationRepository } from '../../../cloudfunctions/lib/ports/consultations';
import { aMatter, anEntry } from '../../support/builders/matters';

/** What the 居民说事 storage contract needs of a storage. */
export interface MattersStorage {
  matters: MatterRepository;
  comments: CommentRepository;
  consultations: ConsultationRepository;
  close(): Promise<void>;
}

/** Steps the contract's parts share, on the storage the suite's beforeEach opened. */
export function matterSteps(current: () => MattersStorage) {
  /** Creates a matter with a matching first timeline entry. */
  async function createMatter(overrides: Partial<MatterRecord> = {}): Promise<MatterRecord> {
    const matter = aMatter(overrides);
    await current().matters.create(
      matter,
      anEntry({ id: `t-${matter.id}-0`, matterId: matter.id, at: matter.createdAt, toState: matter.state }),
    );
    return matter;
  }

  async function reload(id: string): Promise<MatterRecord> {
    const found = await current().matters.findById(id);
    if (!found) throw new Error(`matter ${id} vanished`);
    return found;
  }

  return { createMatter, reload };
}
