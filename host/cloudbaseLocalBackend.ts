import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { functionNames } from '@domain/contract';
import { cloudUploadFolder } from '@domain/uploads';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../cloudfunctions/lib/adapters/cloudbase';
import { cloudFileUrls } from '../cloudfunctions/lib/adapters/wechat/cloudFileUrls';
import { localPhoneNumbers } from '../cloudfunctions/lib/adapters/wechat/localPhoneNumbers';
import { errorEnvelope, type Envelope } from '@domain/envelope';
import type { FunctionHandler } from '../cloudfunctions/lib/handler';
import { memoryOpenDataFiles } from '../cloudfunctions/lib/adapters/system/memoryOpenDataFiles';
import { memoryExportFiles } from '../cloudfunctions/lib/adapters/system/memoryExportFiles';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import type { Logger } from '../cloudfunctions/lib/ports/logger';
import type { Storage } from '../cloudfunctions/lib/ports/storage';
import { CloudFiles, LOCAL_ENV_ID } from '../tools/cloudbase-local/cloudFiles';
import type { CloudbaseEndpoint, EndpointOptions } from '../tools/cloudbase-local/endpoint';
import { startLocalCloud } from '../tools/cloudbase-local/localCloud';
import { freshMemoryDb, inspectMemoryDb } from '../tools/cloudbase-local/memory/cloudbaseMemory';
import type { FunctionOutput, FunctionRunner } from '../tools/cloudbase-local/runner';
import type { HostBackend } from './backend';
import { localDeps } from './localDeps';
import { cloudbaseContextFor } from './cloudbaseContext';
import { CLOUD_FILES_ROUTE, linkCloudFiles } from './cloudFileLinks';
import type { HostConfig } from './config';
import { seedDemoLife } from './demo';
import { demoPhotoShelf } from './demo/photos';
import { sendError } from './httpIo';
import { ensureHostTables } from './hostTables';
import { startMinuteTimer } from './scheduler';
import { seedDemoData } from './seed';
import { photoName, receiveUpload, type PhotoStore } from './uploads';

export interface CloudbaseLocalBackend extends HostBackend {
  readonly endpoint: CloudbaseEndpoint;
  readonly runner: FunctionRunner;
  /** The database as the bundles see it, for tests and the demo seed (in this process). */
  readonly storage: Storage;
}

export interface CloudbaseLocalOptions {
  /** The built bundles; dist/cloudfunctions by default (`npm run build:functions`). */
  bundlesDir?: string;
  latency?: EndpointOptions['latency'];
  faults?: EndpointOptions['faults'];
  /** The functions' own log lines: printed (default), dropped, or errors only (tests). */
  functionOutput?: FunctionOutput;
}

const root = path.resolve(__dirname, '..');

/**
 * MINQING_BACKEND=cloudbase-local: the deployed artifacts answer the app. Each built bundle runs
 * in its own warm process (tools/cloudbase-local/runner.ts) with CloudBase's variables, its SDK
 * talking over HTTP to the local endpoint (tools/cloudbase-local/endpoint.ts), which keeps the
 * database in memory (it starts fresh, seeded, at every start) and cloud files under the data
 * folder. The `notification` bundle gets timer events on its config.json cron.
 */
export async function startCloudbaseLocalBackend(
  config: HostConfig,
  clock: Clock,
  logger: Logger,
  options: CloudbaseLocalOptions = {},
): Promise<CloudbaseLocalBackend> {
  mkdirSync(config.dataDir, { recursive: true });
  const hostDb = new Database(path.join(config.dataDir, 'host.sqlite'));
  ensureHostTables(hostDb);
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const storage = createCloudbaseStorage(db);
  const files = new CloudFiles(path.join(config.dataDir, 'cloud-files'));
  const photos = cloudPhotoStore(files);
  if (config.devMode) await seedDemo(config, storage, files, photos, clock, logger);

  const cloud = await startLocalCloud({
    server: inspectMemoryDb(db),
    files,
    latency: options.latency,
    faults: options.faults,
    bundlesDir: options.bundlesDir ?? path.join(root, 'dist', 'cloudfunctions'),
    functions: functionNames,
    platformContext: (fn) => cloudbaseContextFor(null, config.appid, fn, `platform-${Date.now()}`),
    // No public storage domain here: the ZIP's address is the host's own /open-data/ route.
    env: { MINIPROGRAM_STATE: 'developer', OPEN_DATA_BASE_URL: '' },
    settableClock: config.devMode,
    functionOutput: options.functionOutput,
  });
  const { endpoint, runner: running } = cloud;
  const linkPrefixes = [files.fileIdOf(''), `${endpoint.url}/cos/`];
  const handlers = new Map<string, FunctionHandler>(
    functionNames.map((fn) => [fn, bundleHandler(running, fn, linkPrefixes, logger)]),
  );
  const fireTimer = () => running.call('notification', timerEvent(clock.now()), timerContext(config));
  const stopTimer = startMinuteTimer(fireTimer, clock.now, logger);
  let clockSetTo: number | null = null;
  return {
    name: 'cloudbase-local',
    endpoint,
    runner: running,
    storage,
    handlers,
    data: storage,
    hostDb,
    schemaVersion: null,
    clockSet: async (at) => {
      clockSetTo = at;
      await running.setClock(at);
    },
    // As if the clock read `at`: the bundles' clock is set there for the one run. Unlike the
    // SQLite backend, the run advances the real job marks (the bundle has no simulated marks).
    runTimers: async (at) => {
      if (at === undefined) return unwrap(await fireTimer());
      const restore = clockSetTo === null ? null : clock.now();
      await running.setClock(at);
      try {
        return unwrap(await running.call('notification', timerEvent(at), timerContext(config)));
      } finally {
        await running.setClock(restore);
      }
    },
    receiveUpload: (req, res, uploader) => receiveUpload(req, res, photos, uploader),
    fileRoutes: [{ prefix: CLOUD_FILES_ROUTE, serve: (res, rest) => serveCloudFile(res, files, rest) }],
    // Where the deployed stats bundle uploads it (cloudOpenDataFiles), read back for /open-data/.
    openDataBytes: (communityId) => files.read(`open-data/${encodeURIComponent(communityId)}.zip`),
    close: async () => {
      stopTimer();
      await cloud.close();
      hostDb.close();
    },
  };
}

/** A function as the app calls it: the bundle's `main`; a throw is what CloudBase reports then. */
function bundleHandler(runner: FunctionRunner, fn: string, linkPrefixes: string[], logger: Logger): FunctionHandler {
  return async (event, context) => {
    try {
      return linkCloudFiles(await runner.call(fn, event, context), linkPrefixes) as Envelope<unknown>;
    } catch (error) {
      logger.error('function_failed', { fn, error: String(error) });
      return errorEnvelope('INTERNAL', '服务暂时不可用，请稍后重试');
    }
  };
}

/** The event CloudBase's timer trigger sends (config.json: `everyMinute`). */
function timerEvent(at: number) {
  const trigger = timerTrigger();
  return { Type: 'Timer', TriggerName: trigger.name, Time: new Date(at).toISOString(), Message: '' };
}

/** A timer call carries no caller: no OPENID in its context. */
function timerContext(config: HostConfig) {
  return cloudbaseContextFor(null, config.appid, 'notification', `timer-${Date.now()}`);
}

/**
 * The notification function's timer, read from its config.json. The host's minute timer plays
 * `0 * * * * * *` only: another cron fails the start, so a change is not silently ignored.
 */
function timerTrigger(): { name: string; config: string } {
  const file = path.join(root, 'cloudfunctions', 'notification', 'config.json');
  const { triggers } = JSON.parse(readFileSync(file, 'utf8')) as {
    triggers: { name: string; type: string; config: string }[];
  };
  const timer = triggers.find((trigger) => trigger.type === 'timer');
  if (!timer || timer.config !== '0 * * * * * *') {
    throw new Error(`the local runner plays an every-minute timer only; config.json says ${timer?.config}`);
  }
  return timer;
}

function unwrap(answer: unknown): unknown {
  return (answer as { data?: unknown } | null)?.data ?? answer;
}

/** As wx.cloud.uploadFile from the phone: into the user's own folder of cloud storage. */
function cloudPhotoStore(files: CloudFiles): PhotoStore {
  return (photo, uploader) => {
    const month = new Date(uploader.at).toISOString().slice(0, 7);
    const cloudPath = `${cloudUploadFolder(uploader.userId)}${month}/${photoName(photo.extension)}`;
    files.save(cloudPath, photo.bytes);
    return { fileId: files.fileIdOf(cloudPath), url: `${CLOUD_FILES_ROUTE}${cloudPath}` };
  };
}

const fileTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * `rest` is the path as the link carries it, percent-encoded (a ledger's Chinese file name); the
 * file is stored under the decoded name, as cloud storage keeps it. A decoded `..` is refused by
 * CloudFiles.read like any other.
 */
function serveCloudFile(res: import('node:http').ServerResponse, files: CloudFiles, rest: string): void {
  const cloudPath = rest.split('/').map(decodeURIComponent).join('/');
  const bytes = files.read(cloudPath);
  const type = fileTypes[cloudPath.split('.').pop() ?? ''];
  if (!bytes || !type) return sendError(res, 'NOT_FOUND', '文件不存在');
  res.writeHead(200, { 'content-type': type, 'cache-control': 'private, max-age=86400' });
  res.end(bytes);
}

/** The demo community, written in this process through the production adapter before any call. */
async function seedDemo(
  config: HostConfig,
  storage: Storage,
  files: CloudFiles,
  photos: PhotoStore,
  clock: Clock,
  logger: Logger,
): Promise<void> {
  await seedDemoData(storage, clock.now());
  if (!config.demoLife) return;
  const deps = localDeps({
    storage,
    clock,
    logger,
    files: cloudFileUrls(LOCAL_ENV_ID, async (fileIds) => void fileIds.forEach((fileId) => files.remove(fileId))),
    // The demo's story exports nothing.
    exportFiles: memoryExportFiles(),
    openDataFiles: memoryOpenDataFiles(),
    phoneNumbers: localPhoneNumbers(),
  });
  const life = await seedDemoLife(deps, demoPhotoShelf(photos));
  logger.info('demo_life_seeded', { ...life });
}
