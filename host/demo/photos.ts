import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqliteUploadLedger } from '../uploadLedger';
import { saveUpload } from '../uploads';

/** Small JPEGs kept beside this file (drawn scenes, no real people or plates). */
export const demoPhotoNames = ['parking', 'road', 'garden', 'corridor'] as const;
export type DemoPhoto = (typeof demoPhotoNames)[number];

export interface DemoPhotoShelf {
  /** Uploads the photos as `userId` at `at`, as their phone would before raising a matter: file ids. */
  upload(userId: string, at: number, photos: readonly DemoPhoto[]): string[];
}

export function demoPhotoShelf(dataDir: string, ledger: SqliteUploadLedger): DemoPhotoShelf {
  return {
    upload: (userId, at, photos) =>
      photos.map((photo) => {
        const bytes = readFileSync(path.join(photoFolder(), `${photo}.jpg`));
        const saved = saveUpload(dataDir, ledger, bytes, 'image/jpeg', { userId, at });
        if (!saved) throw new Error(`demo photo ${photo}.jpg is not a JPEG the host accepts`);
        return saved.fileId;
      }),
  };
}

/** The photos stay in the source tree: the host runs from it (ts-node), never from a bundle. */
function photoFolder(): string {
  return path.join(__dirname, 'photos');
}
