import type { FileUrls } from '../../ports/fileUrls';

/** The local host stores uploads as `local/<name>` and serves them at `/files/<name>`. */
export const LOCAL_FILE_PREFIX = 'local/';

const LOCAL_FILE_ID = /^local\/[a-z0-9]{8,64}\.(jpg|png|webp)$/;

/** Who uploaded each file the local host accepted (the host keeps it in SQLite, after the checks). */
export interface UploadLedger {
  uploaderOf(fileId: string): Promise<string | null>;
  /** Deletes the file and forgets it; nothing happens for a file it does not hold. */
  remove(fileId: string): Promise<void>;
}

export function localFileUrls(ledger: UploadLedger): FileUrls {
  return {
    urlFor: (fileId) =>
      fileId.startsWith(LOCAL_FILE_PREFIX) ? `/files/${fileId.slice(LOCAL_FILE_PREFIX.length)}` : fileId,
    isUploadedBy: async (fileId, uploaderId) =>
      LOCAL_FILE_ID.test(fileId) && (await ledger.uploaderOf(fileId)) === uploaderId,
    remove: async (fileIds) => {
      for (const fileId of fileIds) if (LOCAL_FILE_ID.test(fileId)) await ledger.remove(fileId);
    },
  };
}

/** An in-memory ledger: for tests, and for a process that never takes uploads. */
export function memoryUploadLedger() {
  const uploaders = new Map<string, string>();
  return {
    record(fileId: string, uploaderId: string): void {
      uploaders.set(fileId, uploaderId);
    },
    uploaderOf: async (fileId: string) => uploaders.get(fileId) ?? null,
    remove: async (fileId: string) => {
      uploaders.delete(fileId);
    },
    /** Whether the ledger still holds the file (a test of deletion). */
    holds: (fileId: string) => uploaders.has(fileId),
  };
}
