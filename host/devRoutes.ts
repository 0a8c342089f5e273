import { z } from 'zod';
import { roleLabels } from '@domain/users';
import type { RouteContext } from './server';
import { BodyError, readJsonBody, sendError, sendJson } from './httpIo';
import { demoOpenid, demoUsers } from './seed';
import { clearedSessionCookie, sessionCookie, tokenFrom } from './sessions';

const loginSchema = z.strictObject({ userId: z.string().min(1).max(64) });
const runTimersSchema = z.strictObject({ at: z.number().int().positive().optional() });
const clockSchema = z.strictObject({ at: z.number().int().positive().nullable() });

/**
 * Dev login: the host vouches for a seeded demo user as WeChat vouches for an OPENID.
 * Only mounted in dev mode; nothing of it is bundled into the cloud functions.
 */
export async function handleDevRoute(ctx: RouteContext, pathname: string): Promise<void> {
  const { req, res } = ctx;
  if (pathname === '/api/dev/users' && req.method === 'GET') return listDemoUsers(ctx);
  if (pathname === '/api/dev/login' && req.method === 'POST') return login(ctx);
  if (pathname === '/api/dev/run-timers' && req.method === 'POST') return runTimers(ctx);
  if (pathname === '/api/dev/clock' && req.method === 'POST') return setClock(ctx);
  if (pathname === '/api/dev/logout' && req.method === 'POST') return logout(ctx);
  return sendError(res, 'NOT_FOUND');
}

async function listDemoUsers(ctx: RouteContext): Promise<void> {
  const directory = await ctx.backend.data.places.directory();
  const users = [];
  for (const demo of demoUsers) {
    const stored = await ctx.backend.data.users.findById(demo.id);
    // A demo identity whose account was deleted (注销) is no longer one to sign in as.
    if (!stored || stored.openid !== demoOpenid(stored.id)) continue;
    const community = directory.communities.find((c) => c.id === stored.communityIds[0]);
    users.push({
      id: stored.id,
      name: stored.name || '（未填写姓名）',
      role: stored.role,
      roleLabel: roleLabels[stored.role],
      community: community?.name ?? '',
      communityIds: stored.communityIds,
      note: demo.note,
    });
  }
  sendJson(ctx.res, 200, { ok: true, data: { users } });
}

/**
 * The request's JSON body checked against `schema`; on a bad body the error answer is already
 * sent and the result is null.
 */
async function bodyOf<T>(ctx: RouteContext, schema: z.ZodType<T>, badInputMessage: string): Promise<T | null> {
  let body: unknown;
  try {
    body = await readJsonBody(ctx.req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    sendError(ctx.res, error.code);
    return null;
  }
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  sendError(ctx.res, 'BAD_INPUT', badInputMessage);
  return null;
}

async function login(ctx: RouteContext): Promise<void> {
  const input = await bodyOf(ctx, loginSchema, '请选择一个演示身份');
  if (!input) return;
  const user = await ctx.backend.data.users.findById(input.userId);
  if (!user || user.openid !== demoOpenid(user.id)) return sendError(ctx.res, 'NOT_FOUND', '没有这个演示身份');
  const token = ctx.sessions.issue(user, ctx.clock.now());
  ctx.logger.info('dev_login', { userId: user.id, role: user.role });
  sendJson(ctx.res, 200, { ok: true, data: { token, userId: user.id } }, { 'set-cookie': sessionCookie(token) });
}

/** Runs the notification timer now, or as if the clock read `at`: for demos and the e2e tests. */
async function runTimers(ctx: RouteContext): Promise<void> {
  const input = await bodyOf(ctx, runTimersSchema, 'at 须为毫秒时间戳');
  if (!input) return;
  sendJson(ctx.res, 200, { ok: true, data: await ctx.backend.runTimers(input.at) });
}

/** Sets the host's clock (null: the real time again), for demos and e2e tests of the visit day. */
async function setClock(ctx: RouteContext): Promise<void> {
  if (!ctx.setClock) return sendError(ctx.res, 'NOT_FOUND');
  const input = await bodyOf(ctx, clockSchema, 'at 须为毫秒时间戳或 null');
  if (!input) return;
  await ctx.setClock(input.at);
  ctx.logger.info('dev_clock', { at: input.at });
  sendJson(ctx.res, 200, { ok: true, data: { now: ctx.clock.now() } });
}

/** Ends the session on the host, not only in the browser: the token stops answering at once. */
async function logout(ctx: RouteContext): Promise<void> {
  ctx.sessions.revoke(tokenFrom(ctx.req.headers)?.token);
  sendJson(ctx.res, 200, { ok: true, data: {} }, { 'set-cookie': clearedSessionCookie() });
}
