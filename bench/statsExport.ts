import { matterCategories } from '@domain/matters/categories';
import { shanghaiWallClockToMs } from '@domain/time';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { seededBackend, type SeededBackend } from '../tests/support/seededBackend';
import { aConsultation, aMatter, anEntry } from '../tests/support/builders/matters';
import { median, round } from './stats';

const COMMITTEE = 'u-committee-chen';
const COMMUNITY = 'c-dongmen';
const MATTERS = 1_500;
const RUNS = 3;
const authors = ['u-resident-zhang', 'u-resident-li'];

/**
 * A year of 东门's 居民说事: 1,500 matters from January to the clock's day (2026-11-27), every tenth
 * with a consultation (participants, minutes, actions), texts holding a phone to mask.
 */
async function fill(backend: SeededBackend): Promise<void> {
  const start = shanghaiWallClockToMs('2026-01-01');
  const span = backend.deps.clock.now() - start;
  for (let i = 0; i < MATTERS; i += 1) {
    const at = start + Math.floor((span * i) / MATTERS);
    const id = `m-ledger-${i}`;
    await backend.storage.matters.create(
      aMatter({
        id,
        communityId: COMMUNITY,
        authorId: authors[i % authors.length],
        anonymous: i % 7 === 0,
        title: `第${i}号议题：楼道灯不亮，联系电话13812345678`,
        body: '晚上回来看不清台阶。',
        category: matterCategories[i % matterCategories.length],
        state: i % 3 === 0 ? 'closed' : 'open',
        rating: i % 3 === 0 ? { score: 1 + (i % 5), comment: '满意', at } : null,
        createdAt: at,
        updatedAt: at,
        lastActivityAt: at,
      }),
      anEntry({ id: `t-${id}`, matterId: id, at }),
    );
    if (i % 10 === 0) {
      await backend.storage.consultations.create(
        aConsultation({
          id: `q-${id}`,
          matterId: id,
          communityId: COMMUNITY,
          scheduledAt: at + 86_400_000,
          invitedResidentIds: authors,
          cadreIds: ['u-cadre-liu'],
          minutes: '物业同意本周内更换灯具，电话13812345678',
          outcome: '更换灯具',
        }),
      );
    }
  }
}

/** exportLedger, then polls of exportJob until the file is written: what the person waits for. */
async function exportOnce(backend: SeededBackend): Promise<{ seconds: number; polls: number; rows: number }> {
  const started = performance.now();
  let { job } = await backend.act('stats', COMMITTEE, 'exportLedger', {
    ledger: 'matters',
    period: { kind: 'thisYear' },
  });
  let polls = 0;
  while (job.state !== 'done') {
    if (job.state === 'failed') throw new Error(`bench ledger export failed: ${job.error}`);
    ({ job } = await backend.act('stats', COMMITTEE, 'exportJob', { jobId: job.id }));
    polls += 1;
  }
  return { seconds: (performance.now() - started) / 1000, polls, rows: job.rows };
}

/** stats.exportSeconds: a year's 居民说事台账 of one community (~1,500 matters), exportLedger to done, median of 3. */
export async function statsExportBench(): Promise<Record<string, number>> {
  const backend = await seededBackend({ storage: openSqliteStorage(':memory:') });
  try {
    await fill(backend);
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await exportOnce(backend));
    return {
      'stats.exportRows': runs[0].rows,
      'stats.exportPolls': runs[0].polls,
      'stats.exportSeconds': round(median(runs.map((run) => run.seconds)), 3),
    };
  } finally {
    await backend.storage.close();
  }
}
