import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { EXPORT_LINK_MS, type ExportFiles } from '../cloudfunctions/lib/ports/exportFiles';
import { sendError } from './httpIo';

/** Stored names are ours: random hex and `.xlsx`, so no path can escape the folder. */
const EXPORT_NAME = /^[a-f0-9]{32}\.xlsx$/;

/** The export is an .xlsx workbook (account.exportMyData). */
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const EXPORT_ROUTE = '/exports/';

interface ExportRow {
  user_id: string;
  file_name: string;
  expires_at: number;
}

/**
 * The local stand-in for CloudBase storage + temporary URL: an export is written to
 * `<dataDir>/exports/<random>.xlsx` (table `host_exports` says whose it is and until when) and
 * served at `/exports/<random>.xlsx` to that user's own session only (`serveExport`).
 */
export function hostExportFiles(db: Database.Database, dataDir: string) {
  const folder = path.join(dataDir, 'exports');
  const insert = db.prepare(
    'INSERT INTO host_exports (name, user_id, file_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byName = db.prepare<[string], ExportRow>(
    'SELECT user_id, file_name, expires_at FROM host_exports WHERE name = ?',
  );
  const expired = db.prepare<[number], { name: string }>('SELECT name FROM host_exports WHERE expires_at <= ?');
  const forget = db.prepare('DELETE FROM host_exports WHERE name = ?');

  /**
   * Deletes the expired exports, file then row (a crash in between leaves a row whose file is
   * gone, removed again next time). Runs at every save and at the 03:00 clean-up.
   */
  async function removeExpired(now: number): Promise<number> {
    const names = expired.all(now);
    for (const { name } of names) {
      const file = path.join(folder, name);
      if (existsSync(file)) unlinkSync(file);
      forget.run(name);
    }
    return names.length;
  }

  const files: ExportFiles = {
    async save(userId, fileName, bytes, now) {
      await removeExpired(now);
      mkdirSync(folder, { recursive: true });
      const name = `${randomBytes(16).toString('hex')}.xlsx`;
      writeFileSync(path.join(folder, name), bytes);
      const expiresAt = now + EXPORT_LINK_MS;
      insert.run(name, userId, fileName, now, expiresAt);
      return { url: `${EXPORT_ROUTE}${name}`, expiresAt };
    },
    removeExpired,
  };

  /** `GET /exports/<name>`: the file, to the session of the user it belongs to, before it expires. */
  function serveExport(res: ServerResponse, name: string, userId: string, now: number): void {
    const row = EXPORT_NAME.test(name) ? byName.get(name) : undefined;
    const file = path.join(folder, name);
    if (!row || row.user_id !== userId || row.expires_at <= now || !existsSync(file)) {
      return sendError(res, 'NOT_FOUND', '导出文件不存在或已过期，请重新导出');
    }
    res.writeHead(200, {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
      'cache-control': 'private, no-store',
    });
    res.end(readFileSync(file));
  }

  return { files, serveExport };
}

export type HostExportFiles = ReturnType<typeof hostExportFiles>;
