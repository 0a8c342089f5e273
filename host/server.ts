import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import '@domain/zodLocale';
import { httpStatusOf } from '@domain/errors';
import type { FunctionHandler } from '../cloudfunctions/lib/handler';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import type { Logger } from '../cloudfunctions/lib/ports/logger';
import type { HostBackend } from './backend';
import { cloudbaseContextFor } from './cloudbaseContext';
import type { HostConfig } from './config';
import { contractAsJsonSchema } from './contractSchema';
import { handleDevRoute } from './devRoutes';
import { OPEN_DATA_ROUTE } from './openDataFiles';
import { serveOpenData } from './openDataRoute';
import { BodyError, readJsonBody, refuse, sendError, sendJson } from './httpIo';
import { decodablePath, isCrossSite, isJsonRequest } from './requestGuards';
import { applySecurityHeaders } from './securityHeaders';
import { sessionStillFits, sqliteSessionStore, tokenFrom, type Session, type SessionStore } from './sessions';
import { serveStatic } from './staticFiles';

export interface ServedHost {
  url: string;
  /** The host's sessions: `revokeAllForUser` ends a removed account's sessions. */
  sessions: SessionStore;
  close(): Promise<void>;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  config: HostConfig;
  backend: HostBackend;
  sessions: SessionStore;
  clock: Clock;
  logger: Logger;
  /** Dev mode only (absent otherwise): sets the host's clock, see host/devClock.ts. */
  setClock?: (at: number | null) => Promise<void>;
}

/**
 * The host's HTTP side over a backend: the h5 app, `POST /api/<fn>` to the functions with the
 * caller's identity in the context, uploads and stored files, and the dev routes in dev mode.
 */
export async function serveHost(
  config: HostConfig,
  backend: HostBackend,
  clock: Clock,
  logger: Logger,
  setClock?: (at: number | null) => Promise<void>,
): Promise<ServedHost> {
  const sessions = sqliteSessionStore(backend.hostDb, config.devMode ? 'dev' : 'production');
  const server = createServer((req, res) => {
    const ctx: RouteContext = { req, res, config, backend, sessions, clock, logger, setClock };
    route(ctx).catch((error: unknown) => {
      logger.error('host_error', { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendError(res, 'INTERNAL');
      else res.end();
    });
  });
  await listen(server, config.port, config.bindAddress);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.bindAddress}:${port}`,
    sessions,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await backend.close();
    },
  };
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

async function route(ctx: RouteContext): Promise<void> {
  const { req, res } = ctx;
  applySecurityHeaders(res);
  const pathname = decodablePath(req);
  if (pathname === null) return refuse(req, res, 'BAD_REQUEST', '网址格式不正确');
  if (req.method === 'GET' && pathname.startsWith(OPEN_DATA_ROUTE)) {
    return serveOpenData(ctx, pathname.slice(OPEN_DATA_ROUTE.length));
  }
  const fileRoute = req.method === 'GET' && ctx.backend.fileRoutes.find((r) => pathname.startsWith(r.prefix));
  if (fileRoute) {
    const session = await currentSession(ctx);
    if (!session) return sendError(res, 'UNAUTHENTICATED');
    return fileRoute.serve(res, pathname.slice(fileRoute.prefix.length), session, ctx.clock.now());
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
    const { schemaVersion, name: backend } = ctx.backend;
    return sendJson(res, 200, { ok: true, schemaVersion, devMode: ctx.config.devMode, backend });
  }
  if (ctx.config.devMode && pathname.startsWith('/api/dev/')) return handleDevRoute(ctx, pathname);
  const fn = pathname.slice('/api/'.length);
  const handler = ctx.backend.handlers.get(fn);
  if (!handler) return refuse(req, res, 'NOT_FOUND', `没有这个接口：${pathname}`);
  if (req.method !== 'POST') return sendError(res, 'BAD_REQUEST', '请使用 POST 调用云函数');
  return callFunction(ctx, fn, handler);
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
  if (sessionStillFits(session, await ctx.backend.data.users.findById(session.userId))) return session;
  ctx.sessions.revoke(presented?.token);
  return null;
}

async function upload(ctx: RouteContext): Promise<void> {
  const session = await currentSession(ctx);
  if (!session) return refuse(ctx.req, ctx.res, 'UNAUTHENTICATED');
  return ctx.backend.receiveUpload(ctx.req, ctx.res, { userId: session.userId, at: ctx.clock.now() });
}

async function callFunction(ctx: RouteContext, fn: string, handler: FunctionHandler): Promise<void> {
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
