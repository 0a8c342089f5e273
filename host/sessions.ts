import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A signed dev session: the host vouches for an openid the way WeChat does in production. */
export interface Session {
  openid: string;
  userId: string;
  expiresAt: number;
}

const SESSION_DAYS = 30;

/** The signing secret is made on first start and kept beside the database. */
export function loadOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(file, secret.toString('hex'), { mode: 0o600 });
  return secret;
}

export function createSessionSigner(secret: Buffer) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

  return {
    issue(openid: string, userId: string, now: number): string {
      const session: Session = { openid, userId, expiresAt: now + SESSION_DAYS * 86_400_000 };
      const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    verify(token: string | undefined, now: number): Session | null {
      if (!token) return null;
      const [payload, signature] = token.split('.');
      if (!payload || !signature) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Session;
        return typeof session.openid === 'string' && session.expiresAt > now ? session : null;
      } catch {
        return null;
      }
    },
  };
}

export type SessionSigner = ReturnType<typeof createSessionSigner>;

export const SESSION_COOKIE = 'mq_session';

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${SESSION_DAYS * 86_400}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`;
}

/** The token from `Authorization: Bearer` or, for the browser app, the session cookie. */
export function tokenFrom(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  const cookie = headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  return cookie ? cookie.slice(SESSION_COOKIE.length + 1) || undefined : undefined;
}
