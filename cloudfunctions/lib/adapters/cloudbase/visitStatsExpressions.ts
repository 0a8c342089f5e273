import { MAX_ROWS_PER_GET, rowsOf, type StoredDocument } from './database';

/** The aggregation expressions the visit figures are written with (CloudBase's documented operators). */

/** 1 when `condition` holds, else 0: summed, a count. */
export function countOf(condition: object): object {
  return { $cond: [condition, 1, 0] };
}

/** How many elements of the array `input` satisfy `condition` (the element is `$$as`). */
export function filtered(input: string, as: string, condition: object): object {
  return { $size: { $filter: { input, as, cond: condition } } };
}

/** The value of the first case that holds, else 0. */
export function switchOn(cases: { when: object; then: number }[]): object {
  return { $switch: { branches: cases.map((c) => ({ case: c.when, then: c.then })), default: 0 } };
}

/**
 * Every group of a pipeline, a page of MAX_ROWS_PER_GET at a time (an aggregate answers 20 rows
 * unless told otherwise): `page(skip, limit)` runs the pipeline sorted on its group key.
 */
export async function allGroups(
  operation: string,
  page: (skip: number, limit: number) => Promise<unknown>,
): Promise<StoredDocument[]> {
  const groups: StoredDocument[] = [];
  for (;;) {
    const rows = rowsOf(await page(groups.length, MAX_ROWS_PER_GET), operation);
    groups.push(...rows);
    if (rows.length < MAX_ROWS_PER_GET) return groups;
  }
}
