import { z } from 'zod';
import { AppError } from '../errors';
import { isValidShanghaiDate, shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '../time';

/**
 * The period a dashboard or a ledger covers, in Asia/Shanghai calendar days. 本月 and 今年 are the
 * whole calendar month and year (a slot published for the 25th belongs to this month on the 1st);
 * 上月 the whole previous month; 自定义 any run of whole days, at most MAX_PERIOD_MONTHS months.
 * A record belongs to the period when its instant t (UTC ms) has startMs <= t < endMs.
 */
export const periodKinds = ['thisMonth', 'lastMonth', 'thisYear', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const periodKindLabels: Record<PeriodKind, string> = {
  thisMonth: '本月',
  lastMonth: '上月',
  thisYear: '今年',
  custom: '自定义',
};

/** At most three years of months in one chart or ledger: a bounded number of buckets and rows. */
export const MAX_PERIOD_MONTHS = 36;

const dateText = z.string().refine(isValidShanghaiDate, { message: '日期格式应为 YYYY-MM-DD' });

/** What the person chose: a named period, or a custom range of whole days (both ends included). */
export const periodChoiceSchema = z.strictObject({
  kind: z.enum(periodKinds, { error: '统计周期无效' }),
  from: dateText.optional(),
  to: dateText.optional(),
});
export type PeriodChoice = z.infer<typeof periodChoiceSchema>;

/** One calendar month of a period, clipped to the period's ends. */
export interface MonthBucket {
  /** `2026-11` */
  key: string;
  /** `11月`, or `2025年11月` when the period spans two years. */
  label: string;
  startMs: number;
  endMs: number;
}

export interface StatsPeriod {
  kind: PeriodKind;
  /** First day, included. */
  from: ShanghaiDate;
  /** Last day, included. */
  to: ShanghaiDate;
  /** UTC ms of `from` 00:00 in Shanghai. */
  startMs: number;
  /** UTC ms of the day after `to`, 00:00 in Shanghai (excluded). */
  endMs: number;
  /** `2026年12月`, `2026年`, `2026年11月3日至12月5日`: how the period is named on screens and ledgers. */
  label: string;
  /** The months the period touches, in order, each clipped to the period. */
  months: MonthBucket[];
}

interface YearMonth {
  year: number;
  month: number; // 1..12
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstDay = ({ year, month }: YearMonth): ShanghaiDate => `${year}-${pad(month)}-01`;
const nextMonth = ({ year, month }: YearMonth): YearMonth =>
  month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
const previousMonth = ({ year, month }: YearMonth): YearMonth =>
  month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
const yearMonthOf = (date: ShanghaiDate): YearMonth => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
});
const dayBefore = (date: ShanghaiDate): ShanghaiDate => shanghaiDateOf(shanghaiWallClockToMs(date) - 1);
const dayAfterMs = (date: ShanghaiDate): number =>
  shanghaiWallClockToMs(shanghaiDateOf(shanghaiWallClockToMs(date) + 36 * 3600_000));
const lastDay = (month: YearMonth): ShanghaiDate => dayBefore(firstDay(nextMonth(month)));

function dayLabel(date: ShanghaiDate, withYear: boolean): string {
  const { year, month } = yearMonthOf(date);
  const day = Number(date.slice(8, 10));
  return withYear ? `${year}年${month}月${day}日` : `${month}月${day}日`;
}

function rangeOf(choice: PeriodChoice, today: ShanghaiDate): { from: ShanghaiDate; to: ShanghaiDate; label: string } {
  const current = yearMonthOf(today);
  switch (choice.kind) {
    case 'thisMonth':
      return { from: firstDay(current), to: lastDay(current), label: `${current.year}年${current.month}月` };
    case 'lastMonth': {
      const last = previousMonth(current);
      return { from: firstDay(last), to: lastDay(last), label: `${last.year}年${last.month}月` };
    }
    case 'thisYear':
      return { from: `${current.year}-01-01`, to: `${current.year}-12-31`, label: `${current.year}年` };
    case 'custom':
      return customRange(choice);
  }
}

function customRange(choice: PeriodChoice): { from: ShanghaiDate; to: ShanghaiDate; label: string } {
  const { from, to } = choice;
  if (!from || !to) {
    throw new AppError('BAD_INPUT', '自定义周期请选择开始和结束日期', [
      { path: from ? 'to' : 'from', message: '请选择日期' },
    ]);
  }
  if (from > to)
    throw new AppError('BAD_INPUT', '开始日期不能晚于结束日期', [{ path: 'to', message: '结束日期早于开始日期' }]);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return { from, to, label: `${dayLabel(from, true)}至${dayLabel(to, !sameYear)}` };
}

function monthsOf(from: ShanghaiDate, to: ShanghaiDate, startMs: number, endMs: number): MonthBucket[] {
  const last = yearMonthOf(to);
  const withYear = from.slice(0, 4) !== to.slice(0, 4);
  const months: MonthBucket[] = [];
  for (
    let m = yearMonthOf(from);
    m.year < last.year || (m.year === last.year && m.month <= last.month);
    m = nextMonth(m)
  ) {
    months.push({
      key: `${m.year}-${pad(m.month)}`,
      label: withYear ? `${m.year}年${m.month}月` : `${m.month}月`,
      startMs: Math.max(startMs, shanghaiWallClockToMs(firstDay(m))),
      endMs: Math.min(endMs, shanghaiWallClockToMs(firstDay(nextMonth(m)))),
    });
  }
  return months;
}

/**
 * The period of a choice, seen on the day that contains `nowMs` in Shanghai. A custom range that
 * is backwards, incomplete or longer than MAX_PERIOD_MONTHS months is refused with BAD_INPUT.
 */
export function resolvePeriod(choice: PeriodChoice, nowMs: number): StatsPeriod {
  const { from, to, label } = rangeOf(choice, shanghaiDateOf(nowMs));
  const startMs = shanghaiWallClockToMs(from);
  const endMs = dayAfterMs(to);
  const months = monthsOf(from, to, startMs, endMs);
  if (months.length > MAX_PERIOD_MONTHS) {
    throw new AppError('BAD_INPUT', `统计周期最长${MAX_PERIOD_MONTHS}个月，请缩短范围`, [
      { path: 'to', message: '范围过长' },
    ]);
  }
  return { kind: choice.kind, from, to, startMs, endMs, label, months };
}

/** The index of the month of `period` that holds the instant `ms`, or -1 outside the period. */
export function monthIndexOf(period: StatsPeriod, ms: number): number {
  return period.months.findIndex((m) => m.startMs <= ms && ms < m.endMs);
}
