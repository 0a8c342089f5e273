import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import '@domain/zodLocale';
import { contract, functionNames, type FunctionName } from '@domain/contract';
import { httpStatusOf } from '@domain/errors';
import { openSqliteStorage, type SqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import type { Deps } from '../cloudfunctions/lib/deps';
import { createHandler, type FunctionHandler } from '../cloudfunctions/lib/handler';
import { systemClock } from '../cloudfunctions/lib/adapters/system/clock';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import { devClock } from './devClock';
import { randomIds } from '../cloudfunctions/lib/adapters/system/ids';
import type { Logger } from '../cloudfunctions/lib/ports/logger';
import type { JobRunRepository } from '../cloudfunctions/lib/ports/notifications';
import { servicesByFunction } from '../cloudfunctions/lib/services';
import { imageVerdictSink } from '../cloudfunctions/lib/services/matters/imageVerdicts';
import { localContentChecker } from '../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localFileUrls } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { localSubscribeGateway } from '../cloudfunctions/lib/adapters/wechat/localSubscribeGateway';
import { runTimerJobs, type TimerRun } from '../cloudfunctions/lib/services/notifications/timerJobs';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { receiveUpload, serveUpload } from './uploads';
import { EXPORT_ROUTE, hostExportFiles, type HostExportFiles } from './exportFiles';
import { localPhoneNumbers, noPhoneNumbers } from '../cloudfunctions/lib/adapters/wechat/localPhoneNumbers';
import { startMinuteTimer } from './scheduler';
import { cloudbaseContextFor } from './cloudbaseContext';
import type { HostConfig } from './config';
import { contractAsJsonSchema } from './contractSchema';
import { handleDevRoute } from './devRoutes';
import { BodyError, readJsonBody, refuse, sendError, sendJson } from './httpIo';
import { ensureHostTables } from './hostTables';
import { decodablePath, isCrossSite, isJsonRequest } from './requestGuards';
import { applySecurityHeaders } from './securityHeaders';
import { seedDemoData } from './seed';
import { seedDemoLife } from './demo';
import { demoPhotoShelf } from './demo/photos';
import { sessionStillFits, sqliteSessionStore, tokenFrom, type Session, type SessionStore } from './sessions';
import { sqliteUploadLedger, type SqliteUploadLedger } from './uploadLedger';
import { serveStatic } from './staticFiles';

export interface RunningHost {
  url: string;
  storage: SqliteStorage;
  /** The host's sessions: `revokeAllForUser` ends a removed account's sessions. */
  sessions: SessionStore;
  close(): Promise<void>;
}

export interface HostOptions {
  clock?: Clock;
  logger: Logger;
}

/** Starts the local host: SQLite storage, the same handlers as the cloud functions, the h5 app. */
export async function startHost(config: HostConfig, options: HostOptions): Promise<RunningHost> {
  // Dev mode may set its clock forward (POST /api/dev/clock); production runs on the real time.
  const settable = !options.clock && config.devMode ? devClock(systemClock) : null;
  const clock = options.clock ?? settable ?? systemClock;
  forgetProcessIdentity();
  mkdirSync(config.dataDir, { recursive: true });
  const storage = openSqliteStorage(path.join(config.dataDir, 'minqing.sqlite'));
  ensureHostTables(storage.db);
  const sessions = sqliteSessionStore(storage.db, config.devMode ? 'dev' : 'production');
  const uploads = sqliteUploadLedger(storage.db, config.dataDir);
  const exports = hostExportFiles(storage.db, config.dataDir);
  const { seeded } = config.devMode ? await seedDemoData(storage, clock.now()) : { seeded: false };
  if (seeded) options.logger.info('seeded', { dataDir: config.dataDir });
  const deps: Deps = {
    storage,
    clock,
    ids: randomIds,
    logger: options.logger,
    content: localContentChecker(() => imageVerdicts),
    files: localFileUrls(uploads),
    exportFiles: exports.files,
    phoneNumbers: config.devMode ? localPhoneNumbers() : noPhoneNumbers(),
    gateway: localSubscribeGateway(options.logger),
    templates: deploymentTemplates,
  };
  const imageVerdicts = imageVerdictSink(() => deps);
  // Only on the database the seed just filled: a restart never adds a second community's worth.
  if (seeded && config.demoLife) {
    const life = await seedDemoLife(deps, demoPhotoShelf(config.dataDir, uploads));
    options.logger.info('demo_life_seeded', { ...life });
  }
  const handlers = buildHandlers(deps);
  const stopTimer = startMinuteTimer(() => runTimerJobs(deps), clock.now, options.logger);
  // Dev only: the jobs as if the clock read `at` (a demo or test of tomorrow's 18:00 reminder).
  const runTimers = (at?: number) => runTimerJobs(at === undefined ? deps : simulatedAt(deps, at));
  const server = createServer((req, res) => {
    const ctx = {
      req,
      res,
      config,
      handlers,
      sessions,
      uploads,
      exports,
      storage,
      clock,
      logger: options.logger,
      runTimers,
      setClock: settable?.set,
    };
    route(ctx).catch((error: unknown) => {
      options.logger.error('host_error', { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.end();
    });
  });
  await listen(server, config.port, config.bindAddress);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.bindAddress}:${port}`,
    storage,
    sessions,
    close: async () => {
      stopTimer();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await storage.close();
    },
  };
}

/**
 * CloudBase's context reader falls back to process variables for WX_OPENID; on the host that
 * would let the environment speak for a caller without a session.
 */
function forgetProcessIdentity(): void {
  for (const key of ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CONTEXT_KEYS']) delete process.env[key];
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

function buildHandlers(deps: Deps): Map<string, FunctionHandler> {
  const handlers = new Map<string, FunctionHandler>();
  for (const fn of functionNames) {
    handlers.set(fn, createHandler(fn, contract[fn] as never, servicesByFunction[fn] as never, deps));
  }
  return handlers;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  config: HostConfig;
  handlers: Map<string, FunctionHandler>;
  sessions: SessionStore;
  uploads: SqliteUploadLedger;
  exports: HostExportFiles;
  storage: SqliteStorage;
  clock: Clock;
  logger: Logger;
  runTimers(at?: number): Promise<TimerRun>;
  /** Dev mode only (absent otherwise): sets the host's clock, see host/devClock.ts. */
  setClock?: (at: number | null) => void;
}

async function route(ctx: RouteContext): Promise<void> {
  const { req, res } = ctx;
  applySecurityHeaders(res);
  const pathname = decodablePath(req);
  if (pathname === null) return refuse(req, res, 'BAD_REQUEST', '网址格式不正确');
  if (pathname.startsWith('/files/') && req.method === 'GET') {
    if (!(await currentSession(ctx))) return sendError(res, 'UNAUTHENTICATED');
    return serveUpload(res, ctx.config.dataDir, pathname.slice('/files/'.length));
  }
  if (pathname.startsWith(EXPORT_ROUTE) && req.method === 'GET') {
    const session = await currentSession(ctx);
    if (!session) return sendError(res, 'UNAUTHENTICATED');
    return ctx.exports.serveExport(res, pathname.slice(EXPORT_ROUTE.length), session.userId, ctx.clock.now());
  }
  if (pathname.startsWith('/api/') && req.method === 'POST') {
    if (isCrossSite(req)) return refuse(req, res, 'FORBIDDEN', '不接受来自其他网站的请求');
    if (pathname === '/api/upload') return upload(ctx);
    if (!isJsonRequest(req))
      return refuse(req, res, 'BAD_REQUEST', '请求须为 JSON 格式（Content-Type: application/json）');
  }
  if (!pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 'NOT_FOUND');
    return serveStatic(ctx.config.webRoot, req, res);
  }
  if (pathname === '/api/contract' && req.method === 'GET') return sendJson(res, 200, contractAsJsonSchema());
  if (pathname === '/api/health' && req.method === 'GET') {
    return sendJson(res, 200, { ok: true, schemaVersion: ctx.storage.schemaVersion, devMode: ctx.config.devMode });
  }
  if (ctx.config.devMode && pathname.startsWith('/api/dev/')) return handleDevRoute(ctx, pathname);
  const fn = pathname.slice('/api/'.length);
  const handler = ctx.handlers.get(fn);
  if (!handler) return refuse(req, res, 'NOT_FOUND', `没有这个接口：${pathname}`);
  if (req.method !== 'POST') return sendError(res, 'BAD_REQUEST', '请使用 POST 调用云函数');
  return callFunction(ctx, fn as FunctionName, handler);
}

/**
 * The caller's live session. A session issued for another role than the user now has (or for a
 * removed user) is ended here: the host learns of a role change from the users table itself, so
 * the services need not know the host exists.
 */
export async function currentSession(ctx: RouteContext): Promise<Session | null> {
  const presented = tokenFrom(ctx.req.headers);
  const session = ctx.sessions.verify(presented?.token, ctx.clock.now());
  if (!session) return null;
  if (sessionStillFits(session, await ctx.storage.users.findById(session.userId))) return session;
  ctx.sessions.revoke(presented?.token);
  return null;
}

async function upload(ctx: RouteContext): Promise<void> {
  const session = await currentSession(ctx);
  if (!session) return refuse(ctx.req, ctx.res, 'UNAUTHENTICATED');
  const uploader = { userId: session.userId, at: ctx.clock.now() };
  return receiveUpload(ctx.req, ctx.res, ctx.config.dataDir, ctx.uploads, uploader);
}

async function callFunction(ctx: RouteContext, fn: FunctionName, handler: FunctionHandler): Promise<void> {
  let event: unknown;
  try {
    event = await readJsonBody(ctx.req);
  } catch (error) {
    if (error instanceof BodyError) return sendError(ctx.res, error.code);
    throw error;
  }
  const session = await currentSession(ctx);
  const context = cloudbaseContextFor(session?.openid ?? null, ctx.config.appid, fn, randomUUID());
  const envelope = await handler(event, context);
  sendJson(ctx.res, envelope.ok ? 200 : httpStatusOf(envelope.code), envelope);
}
