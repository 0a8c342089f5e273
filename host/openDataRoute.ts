import { randomUUID } from 'node:crypto';
import { httpStatusOf } from '@domain/errors';
import { cloudbaseContextFor } from './cloudbaseContext';
import { sendError, sendJson } from './httpIo';
import { openDataCommunityOf, sendOpenDataZip } from './openDataFiles';
import type { RouteContext } from './server';

const OPEN_DATA_READER = 'host-open-data-reader';

/**
 * `GET /open-data/<communityId>.zip`: a community's open data for anyone, no session (issue 16).
 * The stats function is asked first, as a guest would ask it, so a ZIP older than a day is rebuilt
 * before it is sent; then the file the function published is read from where the backend keeps it.
 */
export async function serveOpenData(ctx: RouteContext, rest: string): Promise<void> {
  const communityId = openDataCommunityOf(rest);
  const handler = ctx.backend.handlers.get('stats');
  if (!communityId || !handler) return sendError(ctx.res, 'NOT_FOUND', '没有找到这个社区的公开数据');
  // Anyone, signed in or not: asked as a WeChat user the app has never seen (a guest), since the
  // functions answer no call without an OPENID.
  const context = cloudbaseContextFor(OPEN_DATA_READER, ctx.config.appid, 'stats', randomUUID());
  const answer = await handler({ action: 'openData', data: { communityId } }, context);
  if (!answer.ok) return sendJson(ctx.res, httpStatusOf(answer.code), answer);
  const { fileName } = answer.data as { fileName: string };
  sendOpenDataZip(ctx.res, ctx.backend.openDataBytes(communityId), fileName);
}
