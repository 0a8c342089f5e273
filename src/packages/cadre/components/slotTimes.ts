/**
 * The time choices of the slot form. Cadres come in the morning, the afternoon, or the evening
 * for those who work: a start from this list and a length, shown as the end time it gives.
 */
export const startTimes = [
  '08:30',
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '14:00',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '18:30',
  '19:00',
];

/** Lengths offered, in minutes (a slot is at most 4 hours, see domain/visits/slots). */
export const lengths = [30, 60, 90, 120, 180, 240];

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** `0930` for `09:30`: the id suffix of a time choice. */
export const hhmm = (time: string) => time.replace(':', '');
export const fromHhmm = (id: string) => `${id.slice(0, 2)}:${id.slice(2)}`;

export function lengthLabel(minutes: number): string {
  if (minutes < 60) return `${minutes}分钟`;
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${Math.floor(minutes / 60)}.5小时`;
}

/** End times after `start`, one per offered length, never past 23:59. */
export function endChoices(start: string): { time: string; label: string }[] {
  const from = minutesOf(start);
  return lengths
    .filter((length) => from + length < 24 * 60)
    .map((length) => ({ time: timeOf(from + length), label: `${timeOf(from + length)}（${lengthLabel(length)}）` }));
}

/** The list with `extra` added in order when it is not one of the usual choices (an edited slot). */
export function withTime(times: readonly string[], extra: string): string[] {
  return times.includes(extra) ? [...times] : [...times, extra].sort();
}
