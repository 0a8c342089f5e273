import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { OpenDataFiles } from '../cloudfunctions/lib/ports/openDataFiles';
import { sendError } from './httpIo';

export const OPEN_DATA_ROUTE = '/open-data/';

/** Community ids are ours (`c-dongmen`): nothing that could climb out of the folder. */
const COMMUNITY_FILE = /^([A-Za-z0-9_-]{1,64})\.zip$/;

/** The community id a `/open-data/<id>.zip` path names, or null for anything else. */
export function openDataCommunityOf(rest: string): string | null {
  return COMMUNITY_FILE.exec(rest)?.[1] ?? null;
}

/**
 * The local stand-in for public cloud storage: each community's ZIP at
 * `<dataDir>/open-data/<communityId>.zip`, served at `/open-data/<communityId>.zip` to anyone.
 * Written to a temporary name and renamed, so a download never reads half a file.
 */
export function hostOpenDataFiles(dataDir: string): OpenDataFiles & { read(communityId: string): Buffer | null } {
  const folder = path.join(dataDir, 'open-data');
  const fileOf = (communityId: string) => path.join(folder, `${communityId}.zip`);
  return {
    async publish(communityId, bytes) {
      if (!openDataCommunityOf(`${communityId}.zip`)) throw new Error(`openDataFiles: unsafe id ${communityId}`);
      mkdirSync(folder, { recursive: true });
      const partial = `${fileOf(communityId)}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, fileOf(communityId));
      return this.addressOf(communityId);
    },
    addressOf: (communityId) => `${OPEN_DATA_ROUTE}${encodeURIComponent(communityId)}.zip`,
    read: (communityId) => (existsSync(fileOf(communityId)) ? readFileSync(fileOf(communityId)) : null),
  };
}

/** Sends a community's ZIP, named for download in Chinese; anyone may fetch it. */
export function sendOpenDataZip(res: ServerResponse, bytes: Buffer | null, fileName: string): void {
  if (!bytes) return sendError(res, 'NOT_FOUND', '没有找到这个社区的公开数据');
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'public, max-age=3600',
  });
  res.end(bytes);
}
