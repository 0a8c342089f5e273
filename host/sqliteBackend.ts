import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { contract, functionNames } from '@domain/contract';
import { openSqliteStorage, type SqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { localFileUrls } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { localPhoneNumbers, noPhoneNumbers } from '../cloudfunctions/lib/adapters/wechat/localPhoneNumbers';
import { createHandler, type FunctionHandler } from '../cloudfunctions/lib/handler';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import type { Logger } from '../cloudfunctions/lib/ports/logger';
import type { JobRunRepository } from '../cloudfunctions/lib/ports/notifications';
import { servicesByFunction } from '../cloudfunctions/lib/services';
import { runTimerJobs } from '../cloudfunctions/lib/services/notifications/timerJobs';
import type { Deps } from '../cloudfunctions/lib/deps';
import type { HostBackend } from './backend';
import { localDeps } from './localDeps';
import type { HostConfig } from './config';
import { seedDemoLife } from './demo';
import { demoPhotoShelf } from './demo/photos';
import { EXPORT_ROUTE, hostExportFiles } from './exportFiles';
import { hostOpenDataFiles } from './openDataFiles';
import { ensureHostTables } from './hostTables';
import { startMinuteTimer } from './scheduler';
import { seedDemoData } from './seed';
import { sqliteUploadLedger } from './uploadLedger';
import { localPhotoStore, receiveUpload, serveUpload } from './uploads';

export interface SqliteBackend extends HostBackend {
  readonly storage: SqliteStorage;
}

/**
 * The default backend: the functions' own code in this process, on SQLite (one file in the data
 * folder, with the host's tables beside the functions'), WeChat's services played locally.
 */
export async function startSqliteBackend(config: HostConfig, clock: Clock, logger: Logger): Promise<SqliteBackend> {
  mkdirSync(config.dataDir, { recursive: true });
  const storage = openSqliteStorage(path.join(config.dataDir, 'minqing.sqlite'));
  ensureHostTables(storage.db);
  const uploads = sqliteUploadLedger(storage.db, config.dataDir);
  const exports = hostExportFiles(storage.db, config.dataDir);
  const openData = hostOpenDataFiles(config.dataDir);
  const photos = localPhotoStore(config.dataDir, uploads);
  const { seeded } = config.devMode ? await seedDemoData(storage, clock.now()) : { seeded: false };
  if (seeded) logger.info('seeded', { dataDir: config.dataDir });
  const deps = localDeps({
    storage,
    clock,
    logger,
    files: localFileUrls(uploads),
    exportFiles: exports.files,
    openDataFiles: openData,
    phoneNumbers: config.devMode ? localPhoneNumbers() : noPhoneNumbers(),
  });
  // Only on the database the seed just filled: a restart never adds a second community's worth.
  if (seeded && config.demoLife) {
    const life = await seedDemoLife(deps, demoPhotoShelf(photos));
    logger.info('demo_life_seeded', { ...life });
  }
  const stopTimer = startMinuteTimer(() => runTimerJobs(deps), clock.now, logger);
  return {
    name: 'sqlite',
    storage,
    handlers: buildHandlers(deps),
    data: storage,
    hostDb: storage.db,
    schemaVersion: storage.schemaVersion,
    // Dev only: the jobs as if the clock read `at` (a demo or test of tomorrow's 18:00 reminder).
    runTimers: (at) => runTimerJobs(at === undefined ? deps : simulatedAt(deps, at)),
    receiveUpload: (req, res, uploader) => receiveUpload(req, res, photos, uploader),
    fileRoutes: [
      { prefix: '/files/', serve: (res, name) => serveUpload(res, config.dataDir, name) },
      {
        prefix: EXPORT_ROUTE,
        serve: (res, name, session, now) => exports.serveExport(res, name, session.userId, now),
      },
    ],
    openDataBytes: (communityId) => openData.read(communityId),
    close: async () => {
      stopTimer();
      await storage.close();
    },
  };
}

function buildHandlers(deps: Deps): Map<string, FunctionHandler> {
  const handlers = new Map<string, FunctionHandler>();
  for (const fn of functionNames) {
    handlers.set(fn, createHandler(fn, contract[fn] as never, servicesByFunction[fn] as never, deps));
  }
  return handlers;
}

/**
 * The deps of a simulated timer run: a fixed clock, and window marks of their own, so a run "at"
 * tomorrow 18:00 does not move the real timer's marks past reminders still due before then.
 */
function simulatedAt(deps: Deps, at: number): Deps {
  const real = deps.storage.jobRuns;
  const mark = (job: string) => `simulated:${job}`;
  const jobRuns: JobRunRepository = {
    lastRun: (job) => real.lastRun(mark(job)),
    advance: (job, from, to) => real.advance(mark(job), from, to),
  };
  return { ...deps, clock: { now: () => at }, storage: { ...deps.storage, jobRuns } };
}
