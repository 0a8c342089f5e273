import type { BookingView } from '../../domain/visits/views';
import { CursorFeed } from '../CursorFeed';
import type { CursorList } from '../useCursorList';
import { MyVisitCard } from './MyVisitCard';

/** My visits, page by page. */
export function VisitFeed({
  list,
  empty,
}: {
  list: CursorList<BookingView>;
  empty: { title: string; detail?: string };
}) {
  return (
    <CursorFeed
      list={list}
      empty={empty}
      id="my-visit-list"
      idPrefix="visit-feed"
      renderItem={(booking) => <MyVisitCard key={booking.id} booking={booking} />}
    />
  );
}
