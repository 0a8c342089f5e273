import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { collectionNames, ensureCloudbaseCollections } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { cloudbaseExportRecords } from '../../../cloudfunctions/lib/adapters/cloudbase/exportRecords';
import { cloudExportFiles } from '../../../cloudfunctions/lib/adapters/wechat/cloudExportFiles';
import type { ExportFiles } from '../../../cloudfunctions/lib/ports/exportFiles';
import { hostExportFiles } from '../../../host/exportFiles';
import { ensureHostTables } from '../../../host/hostTables';
import { shanghaiWallClockToMs } from '@domain/time';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { engines } from '../../support/storages';
import { aMatter, anEntry } from '../../support/builders/matters';
import { aBooking, aSlot } from '../../support/builders/visits';
import { notificationEnv } from './notificationEnv';

/** Issue 12's retention rule: a booking's phone and address go 90 days after its visit day. */
describe.each(engines)('retention of booking contacts on %s', (engine) => {
  it('erases them at the 03:00 clean-up of the 90th day after the visit, not the day before', async () => {
    const env = await notificationEnv(engine);
    const { bookings, slots } = env.storage;
    const contact = { phone: '13805371234', address: '东门小区8号楼1单元302' };
    for (const [id, date] of [
      ['s-sep05', '2026-09-05'],
      ['s-sep15', '2026-09-15'],
    ] as const) {
      await slots.create(aSlot({ id, communityId: 'c-dongmen', cadreId: 'u-cadre-liu', date }));
      await bookings.book(
        aBooking({
          id: `b-${id}`,
          slotId: id,
          communityId: 'c-dongmen',
          residentId: 'u-resident-li',
          date,
          ...contact,
        }),
        { waitlist: true },
      );
    }
    const at = (moment: number) => env.deps.clock.advance(moment - env.deps.clock.now());
    const contactsOf = async (id: string) => {
      const booking = await bookings.findById(id);
      return [booking?.phone, booking?.address];
    };

    // 2026-12-03 is 89 days after 09-05: nothing goes yet.
    at(shanghaiWallClockToMs('2026-12-03', '03:05'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ bookingContactsErased: 0 });
    expect(await contactsOf('b-s-sep05')).toEqual([contact.phone, contact.address]);

    // 2026-12-04 is the 90th day: at 03:00 the 09-05 booking's contacts go, the 09-15 one's stay.
    at(shanghaiWallClockToMs('2026-12-04', '02:59'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ bookingContactsErased: 0 });
    at(shanghaiWallClockToMs('2026-12-04', '03:01'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ bookingContactsErased: 1 });
    expect(await contactsOf('b-s-sep05')).toEqual(['', '']);
    expect(await contactsOf('b-s-sep15')).toEqual([contact.phone, contact.address]);
    // A second firing in the same night changes nothing more.
    at(shanghaiWallClockToMs('2026-12-04', '03:02'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ bookingContactsErased: 0 });
  });
});

/** Issue 12's retention rule: a rejected matter's photos go 30 days after it was rejected. */
describe.each(engines)("retention of a rejected matter's photos on %s", (engine) => {
  it('erases the files and forgets them at the 03:00 clean-up 30 days on, leaving other matters alone', async () => {
    const env = await notificationEnv(engine);
    const { matters } = env.storage;
    const rejectedAt = shanghaiWallClockToMs('2026-11-04', '15:00');
    const photo = (name: string) => ({ fileId: `local/${name}0000.jpg`, status: 'rejected' as const });
    const rejected = aMatter({
      id: 'm-rejected',
      communityId: 'c-dongmen',
      authorId: 'u-resident-li',
      state: 'rejected',
      photos: [photo('aaaa'), photo('bbbb')],
      createdAt: rejectedAt - 3_600_000,
      updatedAt: rejectedAt,
    });
    const open = aMatter({ ...rejected, id: 'm-open', state: 'open', photos: [photo('cccc')] });
    for (const matter of [rejected, open]) {
      await matters.create(matter, anEntry({ id: `e-${matter.id}`, matterId: matter.id, at: matter.createdAt }));
      for (const { fileId } of matter.photos) env.deps.uploads.record(fileId, 'u-resident-li');
    }
    const at = (moment: number) => env.deps.clock.advance(moment - env.deps.clock.now());

    // 29 and a half days after the rejection (the night before the 30th day): nothing goes yet.
    at(shanghaiWallClockToMs('2026-12-04', '03:05'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ rejectedPhotosErased: 0 });
    expect((await matters.findById('m-rejected'))?.photos).toHaveLength(2);

    at(shanghaiWallClockToMs('2026-12-05', '03:05'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ rejectedPhotosErased: 2 });
    expect((await matters.findById('m-rejected'))?.photos).toEqual([]);
    expect(env.deps.uploads.holds('local/aaaa0000.jpg')).toBe(false);
    expect(env.deps.uploads.holds('local/bbbb0000.jpg')).toBe(false);
    expect((await matters.findById('m-open'))?.photos).toEqual(open.photos);
    expect(env.deps.uploads.holds('local/cccc0000.jpg')).toBe(true);

    at(shanghaiWallClockToMs('2026-12-06', '03:05'));
    expect(await runTimerJobs(env.deps)).toMatchObject({ rejectedPhotosErased: 0 });
  });
});

/** An export adapter and what its storage still holds: the production one on the in-memory CloudBase, the host's. */
interface ExportStore {
  files: ExportFiles;
  held(): string[];
  close(): void;
}

async function cloudbaseExportStore(): Promise<ExportStore> {
  const { freshMemoryDb } = await import('../../../tools/cloudbase-local/memory/cloudbaseMemory');
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const stored = new Set<string>();
  let folders = 0;
  const files = cloudExportFiles(
    {
      async uploadFile({ cloudPath }) {
        stored.add(`cloud://env.bucket/${cloudPath}`);
        return { fileID: `cloud://env.bucket/${cloudPath}` };
      },
      async getTempFileURL({ fileList }) {
        return { fileList: fileList.map(({ fileID }) => ({ fileID, tempFileURL: `https://tmp.example/${fileID}` })) };
      },
      async deleteFile({ fileList }) {
        for (const fileID of fileList) stored.delete(fileID);
        return { fileList: fileList.map((fileID) => ({ fileID, code: 'SUCCESS' })) };
      },
    },
    () => `folder${(folders += 1)}`,
    cloudbaseExportRecords(db, collectionNames().exports),
  );
  return { files, held: () => [...stored], close: () => undefined };
}

async function hostExportStore(): Promise<ExportStore> {
  const db = new Database(':memory:');
  ensureHostTables(db);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'minqing-exports-'));
  const folder = path.join(dataDir, 'exports');
  const { files } = hostExportFiles(db, dataDir);
  return {
    files,
    held: () => (existsSync(folder) ? readdirSync(folder) : []),
    close: () => {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Issue 12's retention rule: an export lives as long as its link, and its file goes at the next clean-up. */
describe.each([
  ['the CloudBase export files (in-memory CloudBase)', cloudbaseExportStore],
  ['the host export files', hostExportStore],
])('removal of expired exports from %s', (_name, openStore) => {
  it('deletes an export at the 03:00 clean-up after its link expired, not before', async () => {
    const env = await notificationEnv('sqlite');
    const store = await openStore();
    const deps = { ...env.deps, exportFiles: store.files };
    const at = (moment: number) => env.deps.clock.advance(moment - env.deps.clock.now());
    const save = (userId: string) =>
      store.files.save(userId, 'minqing-my-data.zip', new Uint8Array([1, 2, 3]), env.deps.clock.now());

    // Saved at 02:30, its link works until 03:30: that night's clean-up keeps it.
    at(shanghaiWallClockToMs('2026-11-28', '02:30'));
    await save('u-resident-zhang');
    at(shanghaiWallClockToMs('2026-11-28', '02:59'));
    expect(await runTimerJobs(deps)).toMatchObject({ exportsRemoved: 0 });
    at(shanghaiWallClockToMs('2026-11-28', '03:01'));
    expect(await runTimerJobs(deps)).toMatchObject({ exportsRemoved: 0 });
    expect(store.held()).toHaveLength(1);

    // Another one later that night; both links are long expired by the next night's clean-up.
    at(shanghaiWallClockToMs('2026-11-28', '03:10'));
    await save('u-resident-li');
    expect(store.held()).toHaveLength(2);
    at(shanghaiWallClockToMs('2026-11-29', '02:59'));
    expect(await runTimerJobs(deps)).toMatchObject({ exportsRemoved: 0 });
    at(shanghaiWallClockToMs('2026-11-29', '03:01'));
    expect(await runTimerJobs(deps)).toMatchObject({ exportsRemoved: 2 });
    expect(store.held()).toEqual([]);
    at(shanghaiWallClockToMs('2026-11-30', '03:01'));
    expect(await runTimerJobs(deps)).toMatchObject({ exportsRemoved: 0 });
    store.close();
  });
});
