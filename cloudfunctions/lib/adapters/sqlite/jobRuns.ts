import type Database from 'better-sqlite3';
import type { JobRunRepository } from '../../ports/notifications';

export function sqliteJobRuns(db: Database.Database): JobRunRepository {
  const read = db.prepare<[string], { last_run: number }>('SELECT last_run FROM job_runs WHERE job = ?');
  const create = db.prepare('INSERT OR IGNORE INTO job_runs (job, last_run) VALUES (?, ?)');
  const move = db.prepare('UPDATE job_runs SET last_run = ? WHERE job = ? AND last_run = ?');
  return {
    async lastRun(job) {
      return read.get(job)?.last_run ?? null;
    },
    async advance(job, from, to) {
      if (from === null) return create.run(job, to).changes === 1;
      return move.run(to, job, from).changes === 1;
    },
  };
}
