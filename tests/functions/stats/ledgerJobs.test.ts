import type { ExportJobRepository } from '../../../cloudfunctions/lib/ports/exportJobs';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { anEntry } from '../../support/builders/service';
import type { SeededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { COMMITTEE, DEC_START, DECEMBER, DONGMEN, ledgerBackend, openLedger } from './ledgerScene';

const LARGE = 1_200;
const HOURS = { ledger: 'volunteerHours', period: DECEMBER } as const;

/** 1,200 hours entries in December, three to a minute (ties broken by id): a ledger of several steps. */
async function seedLargeLedger(backend: SeededBackend): Promise<void> {
  for (let i = 0; i < LARGE; i += 1) {
    await backend.storage.hoursLedger.append(
      anEntry({
        id: `order:bulk-${String(i).padStart(5, '0')}`,
        volunteerUserId: 'u-led-2',
        communityId: DONGMEN,
        at: DEC_START + 86_400_000 + Math.floor(i / 3) * 60_000,
        minutes: 30,
        note: `代办 ${i}`,
        refId: null,
      }),
    );
  }
}

/** The volunteer hours of December: the two of the scene, then the bulk. */
const TOTAL = LARGE + 2;

async function poll(backend: SeededBackend, jobId: string) {
  const answer = await backend.act('stats', COMMITTEE, 'exportJob', { jobId });
  return answer.job;
}

/** Makes the nth call of `method` on the export jobs port throw (once), as a lost reply would. */
function failOnce(backend: SeededBackend, method: keyof ExportJobRepository, nth: number): void {
  const real = backend.deps.storage.exportJobs;
  let calls = 0;
  backend.deps.storage.exportJobs = {
    ...real,
    [method]: async (...args: unknown[]) => {
      calls += 1;
      if (calls === nth) throw new Error(`injected failure of exportJobs.${method}`);
      return (real[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  };
}

describe.each(engines)('ledger export jobs on %s', (engine) => {
  it('a large ledger is queued, then each poll reads a bounded step, its progress rising, until the file is written', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job: queued } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    expect(queued).toMatchObject({ state: 'queued', progress: 0, rows: 0, url: null });

    const seen = [queued];
    while (seen[seen.length - 1].state !== 'done') {
      seen.push(await poll(backend, queued.id));
      if (seen.length > 20) throw new Error('the job never finished');
    }
    // Five steps of 250 rows (the last 202), then the file.
    expect(seen.map((job) => job.rows)).toEqual([0, 250, 500, 750, 1000, TOTAL, TOTAL]);
    expect(seen.map((job) => job.state)).toEqual([
      'queued',
      'running',
      'running',
      'running',
      'running',
      'running',
      'done',
    ]);
    const progress = seen.map((job) => job.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBe(progress.length);
    expect(progress[progress.length - 1]).toBe(100);

    const { sheet } = openLedger(backend, seen[seen.length - 1]);
    expect(sheet.rows).toHaveLength(TOTAL);
    const notes = sheet.rows.map((row) => String(row['服务/活动']));
    expect(new Set(notes.filter((note) => note.startsWith('代办 '))).size).toBe(LARGE);
    const dates = sheet.rows.map((row) => String(row['日期']));
    expect(dates).toEqual([...dates].sort());
    // Done: the chunks are gone, the file holds the rows.
    expect(await backend.storage.exportJobs.chunks(queued.id)).toEqual([]);
    // A poll of a finished job changes nothing.
    expect(await poll(backend, queued.id)).toEqual(seen[seen.length - 1]);
  }, 60_000);

  it('a step that failed half way (its chunk kept, the job not moved) converges on the next poll', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    await poll(backend, job.id);
    // Step 1 keeps its chunk, then moving the job on fails.
    failOnce(backend, 'advance', 1);
    const stalled = await poll(backend, job.id);
    expect(stalled).toMatchObject({ state: 'running', rows: 250 });
    expect((await backend.storage.exportJobs.chunks(job.id)).map((chunk) => chunk.step)).toEqual([0, 1]);

    let current = stalled;
    while (current.state !== 'done') current = await poll(backend, job.id);
    const { sheet } = openLedger(backend, current);
    expect(current.rows).toBe(TOTAL);
    const notes = sheet.rows.map((row) => String(row['服务/活动'])).filter((note) => note.startsWith('代办 '));
    expect(notes).toHaveLength(LARGE);
    expect(new Set(notes).size).toBe(LARGE);
  }, 60_000);

  it('two runs of the same step at once (a poll and the timer) keep one chunk and one set of rows', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    let current = job;
    while (current.state !== 'done') {
      const [a, b] = await Promise.all([
        poll(backend, job.id),
        runTimerJobs(backend.deps).then(() => poll(backend, job.id)),
      ]);
      current = a.state === 'done' ? a : b;
    }
    const { sheet } = openLedger(backend, current);
    expect(sheet.rows).toHaveLength(TOTAL);
  }, 60_000);

  it('the timer finishes a job nobody polls', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    const run = await runTimerJobs(backend.deps);
    expect(run.ledgerExportSteps).toBe(6);
    const done = await poll(backend, job.id);
    expect(done).toMatchObject({ state: 'done', rows: TOTAL, progress: 100 });
    expect(await backend.storage.exportJobs.listUnfinished(10)).toEqual([]);
  }, 60_000);

  it('the 03:00 clean-up removes the jobs of more than a week ago, with the chunks a failed one kept', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job: done } = await backend.act('stats', COMMITTEE, 'exportLedger', {
      ledger: 'matters',
      period: DECEMBER,
    });
    const { job: stuck } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    await backend.storage.exportJobs.advance(stuck.id, 0, { state: 'failed', error: '台账生成失败，请重新导出' }, 1);
    await backend.storage.exportJobs.saveChunk({ jobId: stuck.id, step: 0, rows: [['x']], next: null });
    const clock = backend.deps.clock;
    // The night after next week: 03:01 eight days on.
    clock.advance(shanghaiWallClockToMs(shanghaiDateOf(clock.now() + 8 * 86_400_000), '03:01') - clock.now());
    expect(await runTimerJobs(backend.deps)).toMatchObject({ exportJobsRemoved: 2 });
    expect(await backend.storage.exportJobs.findById(done.id)).toBeNull();
    expect(await backend.storage.exportJobs.findById(stuck.id)).toBeNull();
    expect(await backend.storage.exportJobs.chunks(stuck.id)).toEqual([]);
  }, 60_000);

  it('exportLedger retried under its request id finds its job: one job, one audit line', async () => {
    const { backend } = await ledgerBackend(engine);
    const input = { ledger: 'matters', period: DECEMBER };
    const first = await backend.call('stats', COMMITTEE, 'exportLedger', input, 'req-ledger-1');
    const again = await backend.call('stats', COMMITTEE, 'exportLedger', input, 'req-ledger-1');
    expect(first.ok && again.ok).toBe(true);
    expect(again).toEqual(first);

    // An attempt that failed after making its job (the audit line was lost) is retried.
    const real = backend.deps.storage.audit;
    let failed = false;
    backend.deps.storage.audit = {
      ...real,
      append: async (entry) => {
        if (!failed) {
          failed = true;
          throw new Error('injected failure of audit.append');
        }
        return real.append(entry);
      },
    };
    const lost = await backend.call('stats', COMMITTEE, 'exportLedger', input, 'req-ledger-2');
    expect(lost.ok).toBe(false);
    const retried = await backend.call('stats', COMMITTEE, 'exportLedger', input, 'req-ledger-2');
    if (!retried.ok || !first.ok) throw new Error(JSON.stringify(retried));
    expect(retried.data.job).toMatchObject({ state: 'done', rows: 3 });
    expect(retried.data.job.id).not.toBe(first.data.job.id);
    const { items } = await backend.storage.audit.listByActions(['stats.exportLedger'], { after: null, limit: 10 });
    expect(items.map((line) => line.targetId).sort()).toEqual([first.data.job.id, retried.data.job.id].sort());
  });

  it('a step failing again and again fails the job, with a reason in Chinese', async () => {
    const { backend } = await ledgerBackend(engine);
    await seedLargeLedger(backend);
    const { job } = await backend.act('stats', COMMITTEE, 'exportLedger', HOURS);
    const real = backend.deps.storage.ledgerSources;
    backend.deps.storage.ledgerSources = {
      ...real,
      hours: async () => {
        throw new Error('injected: the database is unreachable');
      },
    };
    const answers = [await poll(backend, job.id), await poll(backend, job.id), await poll(backend, job.id)];
    expect(answers.map((answer) => answer.state)).toEqual(['queued', 'queued', 'failed']);
    expect(answers[2]).toMatchObject({ error: '台账生成失败，请重新导出', url: null });
    backend.deps.storage.ledgerSources = real;
    expect(await poll(backend, job.id)).toMatchObject({ state: 'failed' });
  }, 60_000);
});
