import type { CommentRepository, ConsultationRepository, MatterRepository } from '../../ports/matters';
import { collectionNames } from './collections';
import { createCommentRepository } from './comments';
import { createConsultationRepository } from './consultations';
import type { CloudbaseDb } from './database';
import { createMatterRepository } from './matters';

export interface CloudbaseMattersStorage {
  matters: MatterRepository;
  comments: CommentRepository;
  consultations: ConsultationRepository;
}

/**
 * 居民说事 on the CloudBase database. Its collections (matters, timeline, supports, follows, flags,
 * comments, commentFlags, consultations) are created by `ensureCloudbaseCollections` with the
 * others, and their indexes are listed in `indexes.ts`.
 */
export function createCloudbaseMattersStorage(
  db: CloudbaseDb,
  options: { prefix?: string } = {},
): CloudbaseMattersStorage {
  const names = collectionNames(options.prefix);
  return {
    matters: createMatterRepository(db, names),
    comments: createCommentRepository(db, names),
    consultations: createConsultationRepository(db, names.consultations),
  };
}
