import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkedPhoto, type PhotoStore } from '../uploads';

/** Small JPEGs kept beside this file (drawn scenes, no real people or plates). */
export const demoPhotoNames = ['parking', 'road', 'garden', 'corridor'] as const;
export type DemoPhoto = (typeof demoPhotoNames)[number];

export interface DemoPhotoShelf {
  /** Uploads the photos as `userId` at `at`, as their phone would before raising a matter: file ids. */
  upload(userId: string, at: number, photos: readonly DemoPhoto[]): string[];
}

/** The demo's photos, stored by the backend's own `store` as an upload from the phone would be. */
export function demoPhotoShelf(store: PhotoStore): DemoPhotoShelf {
  return {
    upload: (userId, at, photos) =>
      photos.map((photo) => {
        const checked = checkedPhoto(readFileSync(path.join(photoFolder(), `${photo}.jpg`)), 'image/jpeg');
        if (!checked) throw new Error(`demo photo ${photo}.jpg is not a JPEG the host accepts`);
        return store(checked, { userId, at }).fileId;
      }),
  };
}

/** The photos stay in the source tree: the host runs from it (ts-node), never from a bundle. */
function photoFolder(): string {
  return path.join(__dirname, 'photos');
}
