/** 民意5来听: the visit days, computed (the 5th, 15th and 25th in Shanghai) and as committees move them. */
import { AppError } from '../errors';
import { isValidShanghaiDate, shanghaiDateOf, type ShanghaiDate } from '../time';
import { daysBetween } from './calendar';

/** 民意5来听: cadres come down on these days of every month. */
export const VISIT_DAYS_OF_MONTH = [5, 15, 25] as const;

export function isVisitDay(date: ShanghaiDate): boolean {
  const day = Number(date.slice(8, 10));
  return (VISIT_DAYS_OF_MONTH as readonly number[]).includes(day);
}

/**
 * The next `count` visit days on or after the Shanghai date that contains `nowMs`.
 * Computed from calendar dates only, so the server's own zone never matters.
 */
export function upcomingVisitDays(nowMs: number, count: number): ShanghaiDate[] {
  const today = shanghaiDateOf(nowMs);
  const result: ShanghaiDate[] = [];
  // Plain calendar arithmetic (every month has a 5th, 15th and 25th): no time-zone lookup, which
  // costs a cold function 15-20 ms the first time dayjs.tz runs.
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  while (result.length < count) {
    for (const day of VISIT_DAYS_OF_MONTH) {
      const date = `${year}-${twoDigits(month)}-${twoDigits(day)}`;
      if (date >= today && result.length < count) result.push(date);
    }
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return result;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A committee moved one computed visit day of its community to another date (a holiday). */
export interface VisitDayMove {
  /** The computed visit day (5th, 15th or 25th) that moves. */
  originalDate: string;
  movedTo: string;
  /** Shown to residents beside the day. */
  reason: string;
}

export interface EffectiveVisitDay {
  /** The date cadres actually come. */
  date: string;
  /** The computed 5th, 15th or 25th it stands for (equal to `date` when not moved). */
  originalDate: string;
  moved: boolean;
  /** Why it moved; empty when it did not. */
  reason: string;
}

/** A move is a holiday shift, not a reschedule of the month: at most this many days either way. */
export const MAX_VISIT_DAY_SHIFT_DAYS = 10;

/** A real 5th, 15th or 25th (isVisitDay alone only looks at the day digits). */
function isComputedVisitDay(date: string): boolean {
  return isValidShanghaiDate(date) && isVisitDay(date);
}

/**
 * The moves that mean something, by original date. A move of a day that is not a computed visit
 * day, or to a date that does not exist, is ignored. The store keeps one move per original date
 * ("moving again replaces it"); should a list still hold two, the later one wins.
 */
function movesByOriginal(moves: readonly VisitDayMove[]): Map<string, VisitDayMove> {
  const byOriginal = new Map<string, VisitDayMove>();
  for (const move of moves) {
    if (isComputedVisitDay(move.originalDate) && isValidShanghaiDate(move.movedTo)) {
      byOriginal.set(move.originalDate, move);
    }
  }
  return byOriginal;
}

/**
 * The next `count` visit days of a community on or after today in Shanghai, each computed
 * 5th/15th/25th replaced by the date it was moved to. Sorted by date. A day moved into the past
 * is gone; a past day moved to today or later is listed. Never two entries on one date: should two
 * land on the same date (data no validated move can produce), the one with the earlier original
 * date is kept.
 */
export function effectiveVisitDays(nowMs: number, count: number, moves: readonly VisitDayMove[]): EffectiveVisitDay[] {
  if (!(count > 0)) return [];
  const today = shanghaiDateOf(nowMs);
  const byOriginal = movesByOriginal(moves);

  const candidates: EffectiveVisitDay[] = [];
  for (const move of byOriginal.values()) {
    if (move.movedTo < today) continue;
    const moved = move.movedTo !== move.originalDate;
    candidates.push({ date: move.movedTo, originalDate: move.originalDate, moved, reason: moved ? move.reason : '' });
  }
  // Each move takes at most one computed day out of the stream, so this many computed days always
  // leave at least `count` unmoved ones; any later computed day could not make the first `count`.
  for (const date of upcomingVisitDays(nowMs, count + byOriginal.size)) {
    if (!byOriginal.has(date)) candidates.push({ date, originalDate: date, moved: false, reason: '' });
  }

  candidates.sort((a, b) => compare(a.date, b.date) || compare(a.originalDate, b.originalDate));
  const result: EffectiveVisitDay[] = [];
  for (const candidate of candidates) {
    if (result.length === count) break;
    if (result.length > 0 && result[result.length - 1].date === candidate.date) continue;
    result.push(candidate);
  }
  return result;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether cadres come on `date`: a computed visit day that was not moved away, or a date a visit
 * day was moved to. Slots can be published and booked on these days only.
 */
export function isBookableDay(date: string, moves: readonly VisitDayMove[]): boolean {
  if (!isValidShanghaiDate(date)) return false;
  const byOriginal = movesByOriginal(moves);
  for (const move of byOriginal.values()) {
    if (move.movedTo === date) return true;
  }
  if (!isVisitDay(date)) return false;
  const move = byOriginal.get(date);
  return move === undefined || move.movedTo === date;
}

/**
 * The visit day held on `date`, with the move that brought it there if any; null when cadres do
 * not come that day. Of two moves landing on one date the earlier original wins, as in
 * effectiveVisitDays.
 */
export function visitDayOn(date: string, moves: readonly VisitDayMove[]): EffectiveVisitDay | null {
  if (!isBookableDay(date, moves)) return null;
  const [move] = [...movesByOriginal(moves).values()]
    .filter((m) => m.movedTo === date && m.originalDate !== date)
    .sort((a, b) => compare(a.originalDate, b.originalDate));
  return move
    ? { date, originalDate: move.originalDate, moved: true, reason: move.reason }
    : { date, originalDate: date, moved: false, reason: '' };
}

function refuse(path: 'originalDate' | 'movedTo', message: string): never {
  throw new AppError('BAD_INPUT', message, [{ path, message }]);
}

/**
 * A committee may move a computed visit day to another date close by (a holiday), never onto
 * another visit day and never into the past. Throws BAD_INPUT naming the field at fault.
 */
export function validateMove(originalDate: string, movedTo: string, todayDate: ShanghaiDate): void {
  if (!isComputedVisitDay(originalDate)) refuse('originalDate', '只能调整每月5日、15日、25日的接访日');
  if (!isValidShanghaiDate(movedTo)) refuse('movedTo', '请选择有效的日期');
  if (movedTo === originalDate) refuse('movedTo', '新日期与原接访日相同，请选择其他日期');
  if (movedTo < todayDate) refuse('movedTo', '不能调整到已经过去的日期');
  if (isVisitDay(movedTo)) refuse('movedTo', '新日期本身就是接访日，请选择其他日期');
  if (Math.abs(daysBetween(originalDate, movedTo)) > MAX_VISIT_DAY_SHIFT_DAYS) {
    refuse('movedTo', `只能调整到原接访日前后${MAX_VISIT_DAY_SHIFT_DAYS}天以内`);
  }
}

/** Where a computed visit day is held now: the date it was moved to, or itself. */
export function currentDateOf(originalDate: string, moves: readonly VisitDayMove[]): string {
  return movesByOriginal(moves).get(originalDate)?.movedTo ?? originalDate;
}

/**
 * A move may not land on a date another visit day of the community was already moved to: two
 * days' slots and bookings would share one date (and a resident booked on both would hold two).
 */
export function assertMoveTargetFree(originalDate: string, movedTo: string, moves: readonly VisitDayMove[]): void {
  const taken = [...movesByOriginal(moves).values()].some(
    (move) => move.originalDate !== originalDate && move.movedTo === movedTo,
  );
  if (taken) refuse('movedTo', '新日期已经安排了另一个接访日，请选择其他日期');
}
