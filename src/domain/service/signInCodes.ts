/**
 * The rotating sign-in code an activity's organiser shows on their phone: a new 6-digit code every
 * 30 seconds, computed on the server from the activity's secret and the window's number (the
 * secret never leaves the server). A code typed a little late still counts: the window it was
 * shown in and the one before are accepted, so a code is good for 30 to 60 seconds.
 */
export const CODE_WINDOW_MS = 30_000;
export const CODE_DIGITS = 6;

export function codeWindowAt(now: number): number {
  return Math.floor(now / CODE_WINDOW_MS);
}

/** The windows whose codes are accepted at `now`: this one, then the one before. */
export function acceptedCodeWindows(now: number): [number, number] {
  const current = codeWindowAt(now);
  return [current, current - 1];
}

/** When the code shown now is replaced (the organiser's page refreshes then). */
export function codeExpiresAt(now: number): number {
  return (codeWindowAt(now) + 1) * CODE_WINDOW_MS;
}

/** Six digits, zero-padded, from any non-negative integer (the server's HMAC of secret and window). */
export function codeFromNumber(value: number): string {
  return String(Math.abs(Math.trunc(value)) % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

export function isCodeShaped(code: string): boolean {
  return /^\d{6}$/.test(code);
}
