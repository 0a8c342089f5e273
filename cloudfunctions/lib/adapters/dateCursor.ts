/**
 * Pages of bookings go by (date, id). A cursor's `at` is a number, so a date travels as
 * YYYYMMDD (2025-06-05 <-> 20250605): the same order as the ISO text, and readable in a cursor.
 * Shared by both storage adapters so their cursors mean the same.
 */
export function dateToCursorAt(date: string): number {
  return Number(date.replace(/-/g, ''));
}

export function cursorAtToDate(at: number): string {
  const digits = String(Math.trunc(at)).padStart(8, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
