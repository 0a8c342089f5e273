import type { CaseSummary } from '@domain/casework/views';
import { CursorFeed } from '../../../components/CursorFeed';
import type { CursorList } from '../../../components/useCursorList';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { CaseCard } from './CaseCard';

/** A page's list of cases: pull down to refresh, the next page at the bottom, each a card. */
export function CaseFeed({
  list,
  id,
  empty,
}: {
  list: CursorList<CaseSummary>;
  id: string;
  empty: { title: string; detail?: string };
}) {
  usePagedFeed(list);
  // One clock for the whole list: every card says "overdue by" from the same moment.
  const now = Date.now();
  return (
    <CursorFeed
      list={list}
      id={id}
      idPrefix={`${id}-feed`}
      empty={empty}
      renderItem={(item) => <CaseCard key={item.id} item={item} now={now} />}
    />
  );
}
