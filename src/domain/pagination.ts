import { z } from 'zod';
import { fixedText } from './textFields';

/**
 * Keyset pagination: the cursor names the last row seen (its sort time and id), so a page
 * never skips or repeats rows when new ones arrive, and every page is an index range scan.
 */
export const cursorSchema = z.string().max(200, '分页参数无效');

export const pageInputShape = {
  cursor: cursorSchema.optional(),
  limit: z.number().int().min(1, '每页至少1条').max(50, '每页最多50条').default(20),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: fixedText().nullable() });
}

export interface CursorPosition {
  at: number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return `${position.at.toString(36)}.${encodeURIComponent(position.id)}`;
}

/** Returns null for anything that is not a cursor this code made. */
export function decodeCursor(cursor: string | undefined): CursorPosition | null {
  if (!cursor) return null;
  // Split at the first dot only: the id part may contain dots of its own.
  const dot = cursor.indexOf('.');
  const at = cursor.slice(0, dot);
  const id = cursor.slice(dot + 1);
  if (dot <= 0 || !id || !/^[0-9a-z]+$/.test(at)) return null;
  const value = parseInt(at, 36);
  if (!Number.isFinite(value) || value < 0) return null;
  try {
    return { at: value, id: decodeURIComponent(id) };
  } catch {
    return null;
  }
}
