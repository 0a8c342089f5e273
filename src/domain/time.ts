import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date a person sees is in this zone, whatever zone the server or phone runs in. */
export const SHANGHAI = 'Asia/Shanghai';

/** A calendar date in Asia/Shanghai, as `YYYY-MM-DD`. */
export type ShanghaiDate = string;

export function toShanghai(ms: number): dayjs.Dayjs {
  return dayjs(ms).tz(SHANGHAI);
}

/** Formats UTC milliseconds for display in Asia/Shanghai. */
export function formatShanghai(ms: number, pattern = 'YYYY-MM-DD HH:mm'): string {
  return toShanghai(ms).format(pattern);
}

/** The Shanghai calendar date that contains the instant `ms`. */
export function shanghaiDateOf(ms: number): ShanghaiDate {
  return toShanghai(ms).format('YYYY-MM-DD');
}

/** UTC milliseconds of a wall-clock time in Shanghai (`2026-12-05`, `09:30`). */
export function shanghaiWallClockToMs(date: ShanghaiDate, time = '00:00'): number {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', SHANGHAI).valueOf();
}

/** Start of the Shanghai day containing `ms`, in UTC milliseconds. */
export function startOfShanghaiDay(ms: number): number {
  return shanghaiWallClockToMs(shanghaiDateOf(ms));
}

const weekdayNames = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** `12月5日 周六`: how a date is shown to residents. */
export function formatShanghaiDay(date: ShanghaiDate): string {
  const day = dayjs.tz(date, 'YYYY-MM-DD', SHANGHAI);
  return `${day.month() + 1}月${day.date()}日 ${weekdayNames[day.day()]}`;
}

export function isValidShanghaiDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayjs(value, 'YYYY-MM-DD').format('YYYY-MM-DD') === value;
}
