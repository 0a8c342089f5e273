import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The environment id the local endpoint plays, and the bucket its file ids name. */
export const LOCAL_ENV_ID = 'memory-env';
const BUCKET = `${LOCAL_ENV_ID}.local-bucket`;
const FILE_ID = /^cloud:\/\/([^/]+)\/(.+)$/;

/**
 * Cloud storage on local disk: the bytes of each `cloud://memory-env.local-bucket/<path>` file
 * under `dir/<path>`. What the SDK's uploadFile, deleteFile and getTempFileURL reach through the
 * endpoint, and what the host's upload route writes to as wx.cloud.uploadFile would.
 */
export class CloudFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${BUCKET}/${cloudPath}`;
  }

  /** The cloud path of one of our file ids; null for any other id or a path that climbs out. */
  cloudPathOf(fileId: string): string | null {
    const match = FILE_ID.exec(fileId);
    if (!match || match[1] !== BUCKET) return null;
    return isSafePath(match[2]) ? match[2] : null;
  }

  save(cloudPath: string, bytes: Buffer): string {
    if (!isSafePath(cloudPath)) throw new Error(`unsafe cloud path ${cloudPath}`);
    const file = path.join(this.dir, cloudPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return this.fileIdOf(cloudPath);
  }

  read(cloudPath: string): Buffer | null {
    if (!isSafePath(cloudPath)) return null;
    const file = path.join(this.dir, cloudPath);
    return existsSync(file) ? readFileSync(file) : null;
  }

  /** Deletes a file; false when it was not there (deleteFile then reports it per file). */
  remove(fileId: string): boolean {
    const cloudPath = this.cloudPathOf(fileId);
    if (!cloudPath || !this.read(cloudPath)) return false;
    rmSync(path.join(this.dir, cloudPath));
    return true;
  }
}

function isSafePath(cloudPath: string): boolean {
  return (
    cloudPath.length > 0 &&
    !cloudPath.startsWith('/') &&
    !cloudPath.split('/').some((part) => part === '' || part === '.' || part === '..')
  );
}
