import type Database from 'better-sqlite3';
import type { CommentRepository, ConsultationRepository, MatterRepository } from '../../ports/matters';
import { sqliteComments } from './comments';
import { sqliteConsultations } from './consultations';
import { sqliteMatters } from './matters';

/** The 居民说事 repositories over a database already migrated to version 2 or later. */
export function sqliteMattersStorage(db: Database.Database): {
  matters: MatterRepository;
  comments: CommentRepository;
  consultations: ConsultationRepository;
} {
  return {
    matters: sqliteMatters(db),
    comments: sqliteComments(db),
    consultations: sqliteConsultations(db),
  };
}
