import type { MatterSummary } from '@domain/matters/views';
import { CursorFeed } from '../CursorFeed';
import type { CursorList } from '../useCursorList';
import { MatterCard } from './MatterCard';

/** Matter cards, page by page (the 说事 list, 我的说事). */
export function MatterFeed({
  list,
  empty,
  id = 'matter-list',
}: {
  list: CursorList<MatterSummary>;
  empty: { title: string; detail?: string };
  id?: string;
}) {
  return (
    <CursorFeed
      list={list}
      empty={empty}
      id={id}
      idPrefix="feed"
      renderItem={(matter) => <MatterCard key={matter.id} matter={matter} />}
    />
  );
}
