import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { useCursorList, type CursorList } from '../../../components/useCursorList';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { StateView } from '../../../components/StateView';
import { useVisitChanged } from '../../../components/visits/visitEvents';
import { VisitFeed } from '../../../components/visits/VisitFeed';
import type { BookingView } from '@domain/visits/views';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';
import { usePageParams } from '../../../hooks/usePageParams';
import { usePagedFeed } from '../../../hooks/usePagedFeed';

type When = 'upcoming' | 'past';

const whenChoices: { id: When; label: string }[] = [
  { id: 'upcoming', label: '即将到来' },
  { id: 'past', label: '已结束' },
];

/** 我的约见: the visits I booked, coming and past, with the cadre's record and its follow-up. */
export default function MyVisitsPage() {
  return (
    <Screen className="my-visits-page">
      <SessionGate>
        {(user) =>
          user.role === 'resident' ? (
            <MyVisits />
          ) : (
            <StateView kind="empty" title="这里是居民预约的接访" detail="工作人员请在「约见」里查看接访日和时段" />
          )
        }
      </SessionGate>
    </Screen>
  );
}

function MyVisits() {
  const [when, setWhen] = useState<When>('upcoming');
  // `?bookingId=` (a notification about one booking): that booking is marked and scrolled to.
  const read = usePageParams(routes.myVisits);
  const bookingId = (read.ok && read.params.bookingId) || '';
  const list = useCursorList(
    (cursor) => call('visit', 'myVisits', { when, limit: 20, ...(cursor ? { cursor } : {}) }),
    [when],
  );
  useFocusBooking(bookingId, list, when, setWhen);
  usePagedFeed(list);
  useVisitChanged(() => void list.reload());

  const empty =
    when === 'upcoming'
      ? {
          title: '您还没有预约接访',
          detail: '每月5日、15日、25日，民情书记到社区听您说',
          actionText: '去预约',
          onAction: () => void openPage(routes.visits),
        }
      : { title: '还没有已结束的约见', detail: '接访过后，民情书记的记录和跟进会显示在这里' };

  return (
    <View>
      <View className="my-visits-tabs">
        <ChoiceList
          idPrefix="visits-when"
          choices={whenChoices}
          selected={when}
          onSelect={(id) => setWhen(id as When)}
        />
      </View>
      <VisitFeed list={list} empty={empty} highlightId={bookingId} />
    </View>
  );
}

/**
 * Scrolls to the booking a notification was about, once it is listed. A booking that is not among
 * the coming visits (it was yesterday) is looked for once among the past ones.
 */
function useFocusBooking(bookingId: string, list: CursorList<BookingView>, when: When, setWhen: (when: When) => void) {
  const done = useRef(false);
  const found = bookingId !== '' && list.items.some((b) => b.id === bookingId);
  const settled = list.status === 'ready' && list.more === 'idle';
  useEffect(() => {
    if (done.current || !bookingId || !settled) return;
    if (found) {
      done.current = true;
      // Let the card render before scrolling to it.
      setTimeout(() => {
        try {
          void Promise.resolve(Taro.pageScrollTo({ selector: `#my-visit-${bookingId}`, duration: 300 })).catch(
            () => undefined,
          );
        } catch {
          // not every platform scrolls on request; the card is still marked
        }
      }, 50);
    } else if (when === 'upcoming' && !list.nextCursor) {
      done.current = true;
      setWhen('past');
    }
  }, [bookingId, found, settled, when, list.nextCursor, setWhen]);
}
