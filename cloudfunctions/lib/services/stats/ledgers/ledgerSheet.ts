import type { LedgerKind } from '@domain/stats/ledgers';
import type { Deps } from '../../../deps';
import type { ChunkCell, LedgerCursor } from '../../../ports/exportJobs';
import type { LedgerFilter, LedgerRange } from '../../../ports/ledgerSources';
import type { UserRecord } from '../../../ports/storage';
import type { Column } from '../../xlsx';

/** One page of a ledger as the sheet's rows, masked, and where the next page starts. */
export interface LedgerRowsPage {
  rows: ChunkCell[][];
  next: LedgerCursor | null;
}

/**
 * One ledger (台账): its columns, who may export it, and how its rows are counted and read a
 * keyset page at a time (each row masked as it is built, so nothing unmasked is ever kept).
 */
export interface LedgerSheet {
  kind: LedgerKind;
  columns: readonly Column[];
  /** A cadre exports only their own visits and receptions; matters and hours are the committee's. */
  cadreMay: boolean;
  count(deps: Deps, filter: LedgerFilter, range: LedgerRange): Promise<number>;
  page(
    deps: Deps,
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerRowsPage>;
}

/** users.findByIds takes at most 100 ids: a page names a few hundred people, asked in chunks side by side. */
export async function namesOf(deps: Deps, ids: Iterable<string | null>): Promise<Map<string, UserRecord>> {
  const unique = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += 100) chunks.push(unique.slice(start, start + 100));
  const found = await Promise.all(chunks.map((chunk) => deps.storage.users.findByIds(chunk)));
  return new Map(found.flat().map((user) => [user.id, user]));
}
