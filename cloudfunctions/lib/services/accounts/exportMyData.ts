import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { writeXlsx } from '../xlsx';
import { exportFileName, exportWorkbook } from './exportDocument';
import { personalRecords } from './personalRecords';

/**
 * account.exportMyData: everything we hold about the caller, as an .xlsx workbook (a sheet per
 * kind of record: WeChat's document viewer opens it, docs/adr/0008-xlsx-writer.md), kept where
 * only they can fetch it for an hour (deps.exportFiles). A retry with the same request id answers
 * the first link (the handler keeps the answer); a new tap makes a new file.
 */
export async function exportMyData(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const now = deps.clock.now();
  const bytes = writeXlsx(exportWorkbook(await personalRecords(deps, user), now), now);
  const fileName = exportFileName(now);
  const saved = await deps.exportFiles.save(user.id, fileName, bytes, now);
  deps.logger.info('data_exported', { userId: user.id, bytes: bytes.length });
  return { fileName, url: saved.url, expiresAt: saved.expiresAt, bytes: bytes.length };
}
