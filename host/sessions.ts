import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { UserRecord } from '../cloudfunctions/lib/ports/storage';

/**
 * A host session: the host vouches for an openid the way WeChat does in production. Sessions live
 * in the host's SQLite (table `host_sessions`), so the host can end them: at logout, when the
 * user's role changes, and when the account is removed (`revokeAllForUser`).
 */
export interface Session {
  openid: string;
  userId: string;
  expiresAt: number;
  /** The role the session was issued for; a role change ends the session. */
  role: string;
}

/** `dev` sessions come from the demo login; a host restarted in production must not honour them. */
export type HostMode = 'dev' | 'production';

const SESSION_DAYS = 30;
const SESSION_MS = SESSION_DAYS * 86_400_000;

/** 32 random bytes in base64url: exactly 43 characters, nothing before or after. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only a hash is stored: a copy of the database does not hand out live sessions. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

interface SessionRow {
  user_id: string;
  openid: string;
  mode: string;
  role: string;
  expires_at: number;
}

export function sqliteSessionStore(db: Database.Database, mode: HostMode) {
  const insert = db.prepare(
    `INSERT INTO host_sessions (token_hash, user_id, openid, mode, role, issued_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byHash = db.prepare<[string], SessionRow>(
    'SELECT user_id, openid, mode, role, expires_at FROM host_sessions WHERE token_hash = ?',
  );
  const deleteOne = db.prepare('DELETE FROM host_sessions WHERE token_hash = ?');
  const deleteForUser = db.prepare('DELETE FROM host_sessions WHERE user_id = ?');
  const deleteExpired = db.prepare('DELETE FROM host_sessions WHERE expires_at <= ?');

  return {
    issue(user: UserRecord, now: number): string {
      deleteExpired.run(now);
      const token = randomBytes(32).toString('base64url');
      insert.run(hashOf(token), user.id, user.openid, mode, user.role, now, now + SESSION_MS);
      return token;
    },
    /** The live session of `token`, or null: malformed, unknown, revoked, expired or of another mode. */
    verify(token: string | undefined, now: number): Session | null {
      if (!token || !TOKEN_PATTERN.test(token)) return null;
      const row = byHash.get(hashOf(token));
      if (!row || row.mode !== mode || row.expires_at <= now) return null;
      return {
        openid: row.openid,
        userId: row.user_id,
        expiresAt: row.expires_at,
        role: row.role,
      };
    },
    revoke(token: string | undefined): void {
      if (token && TOKEN_PATTERN.test(token)) deleteOne.run(hashOf(token));
    },
    /** Ends every session of the user (role change, account removal). Returns how many ended. */
    revokeAllForUser(userId: string): number {
      return deleteForUser.run(userId).changes;
    },
  };
}

export type SessionStore = ReturnType<typeof sqliteSessionStore>;

/**
 * Whether the stored user still exists with the role the session was issued for. Communities are
 * not compared: a resident sets her own in the profile, and every call reads them afresh anyway.
 */
export function sessionStillFits(session: Session, user: UserRecord | null): boolean {
  return user !== null && user.openid === session.openid && user.role === session.role;
}

export const SESSION_COOKIE = 'mq_session';

/** Strict: the browser never sends the session on a request started by another site. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_DAYS * 86_400}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}

/** Where the token came from: a cookie rides along on its own, so only it needs the same-site check. */
export interface PresentedToken {
  token: string;
  via: 'bearer' | 'cookie';
}

/** The token from `Authorization: Bearer` or, for the browser app, the session cookie. */
export function tokenFrom(headers: { authorization?: string; cookie?: string }): PresentedToken | undefined {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  const token = cookie?.slice(SESSION_COOKIE.length + 1);
  return token ? { token, via: 'cookie' } : undefined;
}
