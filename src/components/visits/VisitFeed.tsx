import type { BookingView } from '@domain/visits/views';
import { CursorFeed } from '../CursorFeed';
import type { CursorList } from '../useCursorList';
import { MyVisitCard } from './MyVisitCard';

/** My visits, page by page. */
export function VisitFeed({
  list,
  empty,
  highlightId,
}: {
  list: CursorList<BookingView>;
  empty: { title: string; detail?: string };
  /** The booking a notification pointed at, marked among the others. */
  highlightId?: string;
}) {
  return (
    <CursorFeed
      list={list}
      empty={empty}
      id="my-visit-list"
      idPrefix="visit-feed"
      renderItem={(booking) => (
        <MyVisitCard key={booking.id} booking={booking} highlighted={booking.id === highlightId} />
      )}
    />
  );
}
