import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '@domain/errors';
import { acceptedCodeWindows, codeExpiresAt, codeFromNumber, codeWindowAt } from '@domain/service/signInCodes';

/** A new activity's code key: random, kept on the server with the activity, never in a view. */
export function newActivitySecret(): string {
  return randomBytes(16).toString('hex');
}

/** The 6 digits of one 30-second window: the HMAC-SHA256 of the window number under the activity's key. */
export function codeFor(secret: string, window: number): string {
  const digest = createHmac('sha256', secret).update(String(window)).digest();
  return codeFromNumber(digest.readUInt32BE(0));
}

/** The code the organiser's phone shows now, and when it is replaced. */
export function currentCode(secret: string, now: number): { code: string; expiresAt: number } {
  return { code: codeFor(secret, codeWindowAt(now)), expiresAt: codeExpiresAt(now) };
}

/** A typed code counts when it is this window's or the one before (typed a little late). */
export function assertCodeAccepted(secret: string, code: string, now: number): void {
  if (acceptedCodeWindows(now).some((window) => codeFor(secret, window) === code)) return;
  throw new AppError('BAD_INPUT', '签到码不对或已过期，请看组织者手机上的最新签到码', [
    { path: 'code', message: '签到码不对或已过期' },
  ]);
}
