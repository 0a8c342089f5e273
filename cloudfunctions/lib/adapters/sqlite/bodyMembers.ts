import type Database from 'better-sqlite3';
import type { UserRepository } from '../../ports/storage';
import { toRecord, type UserRow } from './users';

/** The cap the port promises (one CloudBase get); a body has tens of people. */
const MAX_MEMBERS = 1000;

/**
 * The people of a body (街呼区应). A street's, department's or property company's users are an
 * index range (users_by_org); a grid's workers are the grid workers whose JSON list of grids holds
 * it, found by scanning the grid workers (a district has hundreds, and the timer asks rarely).
 */
export function sqliteBodyMembers(db: Database.Database): Pick<UserRepository, 'listBodyMembers'> {
  const ofOrg = db.prepare<[string, string, number], UserRow>(
    'SELECT * FROM users WHERE org_id = ? AND role = ? ORDER BY id LIMIT ?',
  );
  const ofGrid = db.prepare<[string, number], UserRow>(
    `SELECT * FROM users WHERE role = 'gridWorker'
       AND EXISTS (SELECT 1 FROM json_each(users.grid_ids) WHERE json_each.value = ?)
     ORDER BY id LIMIT ?`,
  );
  return {
    async listBodyMembers(body) {
      const rows = body.kind === 'grid' ? ofGrid.all(body.id, MAX_MEMBERS) : ofOrg.all(body.id, body.kind, MAX_MEMBERS);
      return rows.map(toRecord);
    },
  };
}
