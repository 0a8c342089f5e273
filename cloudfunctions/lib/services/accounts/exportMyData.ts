import { strToU8, zipSync } from 'fflate';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { EXPORT_JSON_NAME, exportDocument, exportFileName } from './exportDocument';
import { personalRecords } from './personalRecords';

/**
 * account.exportMyData: everything we hold about the caller, as JSON inside a zip, kept where only
 * they can fetch it for an hour (deps.exportFiles). A retry with the same request id answers the
 * first link (the handler keeps the answer); a new tap makes a new file.
 */
export async function exportMyData(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const now = deps.clock.now();
  const document = exportDocument(await personalRecords(deps, user), now);
  const bytes = zipSync({ [EXPORT_JSON_NAME]: strToU8(JSON.stringify(document, null, 2)) }, { mtime: now });
  const fileName = exportFileName(now);
  const saved = await deps.exportFiles.save(user.id, fileName, bytes, now);
  deps.logger.info('data_exported', { userId: user.id, bytes: bytes.length });
  return { fileName, url: saved.url, expiresAt: saved.expiresAt, bytes: bytes.length };
}
