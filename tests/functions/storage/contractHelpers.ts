import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../../cloudfunctions/lib/ports/storage';

/** Follows `next` until it runs out, checking page sizes; returns the ids in the order seen. */
export async function collectIds<T extends { id: string }>(
  fetchPage: (after: CursorPosition | null) => Promise<Page<T>>,
  limit: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: CursorPosition | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await fetchPage(after);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map((item) => item.id));
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('pagination never ended');
}

export function sorted(values: string[]): string[] {
  return [...values].sort();
}

export function byId<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
