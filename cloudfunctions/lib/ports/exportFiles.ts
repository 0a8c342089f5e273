/** Where a link to a stored export lives, and until when it works. */
export interface SavedExport {
  url: string;
  expiresAt: number;
}

/**
 * Keeps a user's data export (账号与隐私 > 导出我的数据) where only they can fetch it, for a short
 * while: CloudBase storage behind a temporary URL in production, a file behind the user's own
 * session on the local host.
 */
export interface ExportFiles {
  save(userId: string, fileName: string, bytes: Uint8Array, now: number): Promise<SavedExport>;
}

/** How long an export link works: long enough to open it, short enough not to linger. */
export const EXPORT_LINK_MS = 60 * 60 * 1000;
