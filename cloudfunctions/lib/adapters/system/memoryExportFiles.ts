import { EXPORT_LINK_MS, type ExportFiles } from '../../ports/exportFiles';

export interface MemoryExport {
  userId: string;
  fileName: string;
  bytes: Uint8Array;
  expiresAt: number;
}

/** Exports kept in memory by URL: for tests (which open the workbook) and benchmarks. */
export function memoryExportFiles(): ExportFiles & { saved: Map<string, MemoryExport> } {
  const saved = new Map<string, MemoryExport>();
  // Counted apart from `saved`, which shrinks: a URL is never handed out twice.
  let count = 0;
  return {
    saved,
    async save(userId, fileName, bytes, now) {
      const url = `memory://exports/${(count += 1)}/${fileName}`;
      const expiresAt = now + EXPORT_LINK_MS;
      saved.set(url, { userId, fileName, bytes, expiresAt });
      return { url, expiresAt };
    },
    async removeExpired(now) {
      const expired = [...saved].filter(([, file]) => file.expiresAt <= now).map(([url]) => url);
      for (const url of expired) saved.delete(url);
      return expired.length;
    },
  };
}
