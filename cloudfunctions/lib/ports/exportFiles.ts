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
  /**
   * Deletes the exports whose link expired at or before `now` (the 03:00 clean-up): nothing
   * removes them otherwise (CloudBase storage keeps a file until it is deleted). Answers how many
   * went; a failure half way leaves the rest for the next run.
   */
  removeExpired(now: number): Promise<number>;
}

/** How long an export link works: long enough to open it, short enough not to linger. */
export const EXPORT_LINK_MS = 60 * 60 * 1000;
