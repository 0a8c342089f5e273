import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';

export const PAGE = 100;

/** Reads every page of a keyset-paginated list. */
export async function allPages<T>(read: (after: CursorPosition | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: CursorPosition | null = null;
  do {
    const page: Page<T> = await read(after);
    items.push(...page.items);
    after = page.next;
  } while (after);
  return items;
}
