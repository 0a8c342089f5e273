import { z } from 'zod';

/** After a matter is resolved, its author has this long to reopen it; then it closes itself. */
export const REOPEN_WINDOW_DAYS = 7;
export const REOPEN_WINDOW_MS = REOPEN_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/**
 * The window is counted in elapsed hours, not Shanghai calendar days, so "7 days" means the same
 * to every author whatever hour the matter was resolved. A `nowMs` slightly before `resolvedAtMs`
 * (clocks a little apart) still counts as inside the window.
 */
export function canReopen(resolvedAtMs: number, nowMs: number): boolean {
  return nowMs - resolvedAtMs < REOPEN_WINDOW_MS;
}

/** Exactly the complement of `canReopen`: there is never a moment when both or neither apply. */
export function autoCloseDue(resolvedAtMs: number, nowMs: number): boolean {
  return !canReopen(resolvedAtMs, nowMs);
}

export const ratingSchema = z
  .number({ error: '请选择评分' })
  .int('评分须为1到5的整数')
  .min(1, '评分最低1星')
  .max(5, '评分最高5星');
