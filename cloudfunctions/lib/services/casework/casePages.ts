import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor, type CursorPosition } from '@domain/pagination';
import type { CaseRecord } from '../../ports/casework';
import type { Page } from '../../ports/storage';

/*
 * Case lists are keyset paginated on (dueAt, id), soonest due first. A caller whose scope spans
 * several holders or communities (a grid worker of two grids) reads one page of each and merges
 * them: every case left out sorts after the last one shown, so the cursor is still exact.
 */

export type CaseSource = (after: CursorPosition | null, limit: number) => Promise<Page<CaseRecord>>;

function byDue(a: CaseRecord, b: CaseRecord): number {
  return a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function mergedPage(
  sources: readonly CaseSource[],
  cursor: string | undefined,
  limit: number,
): Promise<{ items: CaseRecord[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const pages = await Promise.all(sources.map((source) => source(after, limit)));
  const all = pages.flatMap((page) => page.items).sort(byDue);
  const items = all.slice(0, limit);
  const more = all.length > limit || pages.some((page) => page.next !== null);
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor({ at: last.dueAt, id: last.id }) : null };
}

/** How many rows a filtered source reads per request while it looks for matches. */
const SCAN_BATCH = 100;

/**
 * A source of the cases of `source` that `keep` accepts: it reads on until it has `limit` of them
 * or the source ends. For what the indexes cannot narrow (the handled cases of a community that
 * are in the grid worker's grids and not their own work): few rows are left out.
 */
export function filtered(source: CaseSource, keep: (record: CaseRecord) => boolean): CaseSource {
  return async (after, limit) => {
    const items: CaseRecord[] = [];
    let position = after;
    for (;;) {
      const page = await source(position, SCAN_BATCH);
      items.push(...page.items.filter(keep));
      if (items.length > limit) {
        const kept = items.slice(0, limit);
        const last = kept[kept.length - 1]!;
        return { items: kept, next: { at: last.dueAt, id: last.id } };
      }
      if (page.next === null) return { items, next: null };
      position = page.next;
    }
  };
}

/**
 * A list read as runs one after another, each soonest due first: the cases whose clock runs before
 * those waiting on something else (a check, a 挂账 plan), whose old due times would otherwise lead.
 * A run is the merge of its sources. The cursor is `<run>|<cursor within it>`; a page that ends a
 * run goes on into the next, and a full page that ends one looks whether the next has any.
 */
export async function runsPage(
  runs: readonly (readonly CaseSource[])[],
  cursor: string | undefined,
  limit: number,
): Promise<{ items: CaseRecord[]; nextCursor: string | null }> {
  const at = parseRunCursor(cursor, runs.length);
  const items: CaseRecord[] = [];
  for (let run = at.run; run < runs.length; run += 1) {
    const within = run === at.run ? at.inner : undefined;
    if (items.length === limit) {
      const next = await Promise.all(runs[run]!.map((source) => source(null, 1)));
      if (next.some((page) => page.items.length > 0)) return { items, nextCursor: `${run}|` };
      continue;
    }
    const page = await mergedPage(runs[run]!, within, limit - items.length);
    items.push(...page.items);
    if (page.nextCursor !== null) return { items, nextCursor: `${run}|${page.nextCursor}` };
  }
  return { items, nextCursor: null };
}

function parseRunCursor(cursor: string | undefined, runs: number): { run: number; inner: string | undefined } {
  if (cursor === undefined) return { run: 0, inner: undefined };
  const bar = cursor.indexOf('|');
  const run = Number(cursor.slice(0, bar));
  if (bar < 1 || !Number.isInteger(run) || run < 0 || run >= runs) {
    throw new AppError('BAD_INPUT', '分页参数无效');
  }
  return { run, inner: cursor.slice(bar + 1) || undefined };
}
