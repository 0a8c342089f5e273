import { MAX_TOTALS_IDS } from '../ports/service';

/**
 * The start of hoursLedger.totals on both engines: each volunteer asked about once, at 0 minutes
 * until the database's sums are filled in; more than one page of volunteers is refused.
 */
export function zeroTotals(volunteerUserIds: readonly string[]): Map<string, number> {
  const ids = [...new Set(volunteerUserIds)];
  if (ids.length > MAX_TOTALS_IDS) {
    throw new RangeError(`hoursLedger.totals: at most ${MAX_TOTALS_IDS} volunteers, got ${ids.length}`);
  }
  return new Map(ids.map((id) => [id, 0]));
}
