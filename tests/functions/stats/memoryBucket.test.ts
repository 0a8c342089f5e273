import { openWithDb } from '../storage/cloudbaseRequests';
import { anEntry } from '../../support/builders/service';

/**
 * The in-memory CloudBase's `$bucket` as MongoDB's: a boundary opens its bucket. The figures
 * bucket instants by month starts, so a record at 00:00 on the 1st must land in its own month.
 */
describe('the in-memory CloudBase $bucket', () => {
  it('puts a value equal to an inner boundary in the bucket that boundary opens, outputs no empty bucket, default last', async () => {
    const { db, storage } = await openWithDb();
    const totals: [string, number][] = [
      ['a', 10],
      ['b', 20],
      ['c', 29],
      ['d', 30],
      ['e', 40],
      ['f', 5],
    ];
    for (const [volunteer, minutes] of totals) {
      await storage.hoursLedger.append(anEntry({ id: volunteer, volunteerUserId: volunteer, minutes, at: 1 }));
    }
    const reply = await db
      .collection('mq_hoursLedger')
      .aggregate()
      .match({ communityId: 'c1' })
      .bucket({ groupBy: '$minutes', boundaries: [10, 20, 30, 35, 40], default: 'other', output: { n: { $sum: 1 } } })
      .end();
    expect(reply.data).toEqual([
      { _id: 10, n: 1 },
      { _id: 20, n: 2 },
      { _id: 30, n: 1 },
      { _id: 'other', n: 2 },
    ]);
  });
});
