import type { Storage } from '../../../cloudfunctions/lib/ports/storage';

/**
 * The photo checks repository's contract: which matter's photo a content-check trace id is
 * about, remembered once, so the check's late answer finds its photo. Run by storageContract.ts
 * on every adapter.
 */
export function describePhotoChecksContract(current: () => Storage): void {
  describe('photo checks', () => {
    let storage: Storage;

    beforeEach(() => {
      storage = current();
    });

    it('remembers which photo a trace id is about, once', async () => {
      await storage.photoChecks.remember('trace-1', 'm1', 'cloud://env/a.jpg', 100);
      await storage.photoChecks.remember('trace-1', 'm2', 'cloud://env/b.jpg', 200);
      expect(await storage.photoChecks.find('trace-1')).toEqual({ matterId: 'm1', fileId: 'cloud://env/a.jpg' });
      expect(await storage.photoChecks.find('trace-unknown')).toBeNull();
    });
  });
}
