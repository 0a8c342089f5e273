import type { ShanghaiDate } from '../time';

/**
 * A cadre serves several communities, each with its own (possibly moved) visit days. Today is a
 * visit day when it is one for any of them; the next visit day is the earliest of theirs after today.
 */
export function cadreDays(
  today: ShanghaiDate,
  visitDaysByCommunity: readonly (readonly { date: string }[])[],
): { todayIsVisitDay: boolean; nextDate: ShanghaiDate | null } {
  const dates = visitDaysByCommunity.flat().map((d) => d.date);
  const later = dates.filter((date) => date > today).sort();
  return { todayIsVisitDay: dates.includes(today), nextDate: later[0] ?? null };
}
