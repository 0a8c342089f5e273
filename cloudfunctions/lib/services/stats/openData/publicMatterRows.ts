import { categoryLabels } from '@domain/matters/categories';
import { publicStates, stateLabels } from '@domain/matters/states';
import { maskFreeText } from '@domain/textFields';
import { formatShanghai } from '@domain/time';
import type { CursorPosition } from '@domain/pagination';
import type { MatterRecord } from '../../../ports/matters';
import type { Storage } from '../../../ports/storage';
import type { CsvCell } from './csv';

const PAGE = 100;
/** A community raises a few thousand matters in years; past this the file says it was cut. */
export const MAX_PUBLIC_MATTERS = 20_000;

/** One public matter as 说事.csv holds it: nothing about who raised it or where they live. */
export function publicMatterRow(matter: MatterRecord): CsvCell[] {
  return [
    matter.id,
    formatShanghai(matter.createdAt, 'YYYY-MM-DD'),
    categoryLabels[matter.category],
    maskFreeText(matter.title),
    maskFreeText(matter.body),
    stateLabels[matter.state],
    matter.supportCount,
    matter.commentCount,
    matter.resolvedAt === null ? null : formatShanghai(matter.resolvedAt, 'YYYY-MM-DD'),
    matter.rating ? matter.rating.score : null,
  ];
}

/** The community's public matters, newest first, read a page at a time (an export, not a figure). */
export async function publicMatterRows(storage: Storage, communityId: string): Promise<CsvCell[][]> {
  const rows: CsvCell[][] = [];
  let after: CursorPosition | null = null;
  do {
    const page = await storage.matters.list({
      communityId,
      states: publicStates,
      sort: 'newest',
      terms: [],
      after,
      limit: PAGE,
    });
    rows.push(...page.items.map(publicMatterRow));
    after = page.next;
  } while (after && rows.length < MAX_PUBLIC_MATTERS);
  return rows;
}
