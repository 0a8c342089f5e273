import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { call } from '../../../api/client';
import { ProfileNeeded } from '../../../components/ProfileNeeded';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { BookingForm, type BookingDraft } from '../../../components/visits/BookingForm';
import { BookResult } from '../../../components/visits/BookResult';
import { cancelClosedMessage } from '../../../components/visits/format';
import { MyBookingCard } from '../../../components/visits/MyBookingCard';
import type { Directory } from '@domain/places';
import { routes, type ParamsOf } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { useSession } from '../../../state/session';
import { DayHead } from './DayHead';
import { DaySlots } from './DaySlots';
import { useBookingCommands } from './useBookingCommands';
import './index.scss';

const TOAST = 'visit-day-toast';

type DayParams = ParamsOf<typeof routes.visitDay>;

/** One visit day: its slots, booking one (or joining its waitlist), and cancelling or moving my booking. */
export default function VisitDayPage() {
  const read = usePageParams(routes.visitDay);
  return (
    <Screen className="visit-day-page">
      <SessionGate>
        {(user) =>
          !read.ok ? (
            <StateView kind="error" title="没有找到这个接访日" detail="链接不完整，请从「约见」进入" />
          ) : user.role === 'admin' ? (
            <StateView kind="empty" title="接访由各社区安排" detail="管理员可在「我的」里指定民情书记和居委会成员" />
          ) : user.role === 'resident' && !user.communityId ? (
            <ProfileNeeded why="选好您所在的社区，就能预约民情书记来听您说" />
          ) : (
            <VisitDay user={user} params={read.params} />
          )
        }
      </SessionGate>
      <Toast id={TOAST} />
    </Screen>
  );
}

/** The address a home visit goes to, as far as the profile knows it: compound and building. */
function profileAddress(user: SelfView, directory: Directory | null): string {
  const compound = directory?.compounds.find((c) => c.id === user.compoundId)?.name ?? '';
  return `${compound}${user.building}`.slice(0, 60);
}

function VisitDay({ user, params }: { user: SelfView; params: DayParams }) {
  const { directory } = useSession();
  const { date } = params;
  const isResident = user.role === 'resident';
  const communityId = isResident ? undefined : params.communityId || user.communityIds[0];
  // One call: the day carries its move, deadlines and the office phone with its slots.
  const loaded = useAsync(
    () => call('visit', 'slots', { date, ...(communityId ? { communityId } : {}) }),
    [date, communityId],
  );
  const mine = loaded.data?.myBooking ?? null;
  const bookings = useBookingCommands(mine, loaded, TOAST);

  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  if (!loaded.data) {
    if (loaded.status === 'error')
      return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
    return <LoadingView />;
  }

  const day = loaded.data;
  const { officePhone, cancelClosesAt } = day;
  // The server says whether cancelling is still open: the phone's clock may be wrong.
  const closedMessage = mine
    ? (bookings.lateMessage ?? (day.cancelOpen ? null : cancelClosedMessage(date, cancelClosesAt, officePhone)))
    : null;
  const communityName = communityId ? directory?.communities.find((c) => c.id === communityId)?.name : undefined;
  const { choosing, outcome } = bookings;
  const draft: BookingDraft = { topic: '', address: profileAddress(user, directory), phone: user.phone };

  return (
    <View className="visit-day" id="visit-day">
      <DayHead
        date={date}
        communityName={communityName}
        day={day}
        bookingOpen={day.bookingOpen}
        bookingClosesAt={day.bookingClosesAt}
      />
      {choosing ? (
        <BookingForm
          key={choosing.id}
          slot={choosing}
          initial={draft}
          command={bookings.booking}
          onSubmit={bookings.book}
          onBack={() => bookings.choose(null)}
        />
      ) : (
        <View>
          {outcome ? <BookResult outcome={outcome} /> : null}
          {bookings.cancelled && !mine ? (
            <View className="visit-day-cancelled" id="cancel-result" role="status">
              {bookings.cancelled}
            </View>
          ) : null}
          {mine ? (
            <MyBookingCard
              booking={mine}
              slots={day.slots}
              closedMessage={closedMessage}
              cancelClosesAt={cancelClosesAt}
              officePhone={officePhone}
              waitlistNote={!outcome}
              command={bookings.changing}
              onCancel={bookings.cancel}
              onReschedule={bookings.reschedule}
            />
          ) : null}
          <DaySlots
            slots={day.slots}
            mySlotId={mine?.slotId}
            canBook={isResident && !mine && day.bookingOpen}
            onChoose={bookings.choose}
          />
        </View>
      )}
    </View>
  );
}
