import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { ApiError } from '../../api/apiError';
import { call } from '../../api/client';
import { askConsent } from '../../api/subscribe';
import { useCommand } from '../../hooks/useCommand';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { ErrorView, LoadingView, StateView } from '../../components/StateView';
import { BookingForm, type BookingDraft } from '../../components/visits/BookingForm';
import type { BookInput } from '@domain/visits/bookingInput';
import { BookResult, type BookOutcome } from '../../components/visits/BookResult';
import { cancelClosedMessage, deadlineText, timeWindow } from '../../components/visits/format';
import { MyBookingCard } from '../../components/visits/MyBookingCard';
import { SlotCard } from '../../components/visits/SlotCard';
import { notifyVisitChanged } from '../../components/visits/visitEvents';
import { MovedNote } from '../../components/visits/VisitDayCard';
import type { Directory } from '@domain/places';
import { formatShanghaiDay } from '@domain/time';
import type { SelfView } from '@domain/users';
import { cancelDeadline } from '@domain/visits/cutoffs';
import type { SlotView } from '@domain/visits/views';
import { useAsync } from '../../hooks/useAsync';
import { useSession } from '../../state/session';
import './index.scss';
import { routes, type ParamsOf } from '@domain/routes';
import { usePageParams } from '../../hooks/usePageParams';
import { ProfileNeeded } from '../../components/ProfileNeeded';

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

/** Back to the top, where the answer to what was just done is shown. */
function scrollToTop() {
  try {
    void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
  } catch {
    // not every platform scrolls on request; the answer is still on the page
  }
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
  const loaded = useAsync(async () => {
    const scope = communityId ? { communityId } : {};
    const [day, days] = await Promise.all([call('visit', 'slots', { date, ...scope }), call('visit', 'days', scope)]);
    return { day, officePhone: days.officePhone, info: days.days.find((d) => d.date === date) ?? null };
  }, [date, communityId]);
  const [choosing, setChoosing] = useState<SlotView | null>(null);
  const [outcome, setOutcome] = useState<BookOutcome | null>(null);
  const [lateMessage, setLateMessage] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  // The same filled-in form (or reason) sent again after a timeout keeps its request id.
  const booking = useCommand();
  const changing = useCommand({ toast: TOAST });

  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  if (!loaded.data) {
    if (loaded.status === 'error')
      return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
    return <LoadingView />;
  }

  const { day, officePhone, info } = loaded.data;
  const cancelClosesAt = info?.cancelClosesAt ?? cancelDeadline(date);
  const mine = day.myBooking;
  // The server says whether cancelling is still open: the phone's clock may be wrong.
  const closedMessage = mine
    ? (lateMessage ?? (day.cancelOpen ? null : cancelClosedMessage(date, cancelClosesAt, officePhone)))
    : null;
  const canBook = isResident && !mine && day.bookingOpen;
  const communityName = communityId ? directory?.communities.find((c) => c.id === communityId)?.name : undefined;

  /** Done: the lists elsewhere hear of it, and the day is shown afresh from the top. */
  function changed() {
    notifyVisitChanged();
    scrollToTop();
    void loaded.reload();
  }

  /** Refused: the day may have moved on (a seat taken, cancelling closed); show it as it is now. */
  function refused(error: ApiError | null): false {
    if (!error) return false;
    // Too late to cancel or move it here: the server says whom to call, and that replaces the buttons.
    if (error.code === 'DEADLINE_PASSED') setLateMessage(error.message);
    if (error.code !== 'BAD_INPUT' && !error.unanswered) void loaded.reload();
    return false;
  }

  async function book(input: BookInput): Promise<void> {
    // Still inside the tap on 确认预约 (the form checked it synchronously): WeChat's consent dialog
    // may only open here. Booking does not wait for the answer.
    void askConsent('booking');
    const sent = await booking.run(input, (requestId) => call('visit', 'book', input, { requestId }));
    if (!sent.ok) return void refused(sent.error);
    setOutcome({ status: sent.value.status, booking: sent.value.booking });
    setCancelled(null);
    setChoosing(null);
    setLateMessage(null);
    changed();
  }

  async function cancel(reason: string): Promise<boolean> {
    const input = { bookingId: mine!.id, reason };
    const sent = await changing.run(input, (requestId) => call('visit', 'cancel', input, { requestId }), {
      done: '已取消预约',
    });
    if (!sent.ok) return refused(sent.error);
    setOutcome(null);
    setCancelled(`已取消${formatShanghaiDay(mine!.date)} ${timeWindow(mine!)}的预约。想换个时段，可以在下面重新预约。`);
    changed();
    return true;
  }

  async function reschedule(toSlotId: string, reason: string): Promise<boolean> {
    const input = { bookingId: mine!.id, toSlotId, reason };
    const sent = await changing.run(input, (requestId) => call('visit', 'reschedule', input, { requestId }));
    if (!sent.ok) return refused(sent.error);
    setOutcome({ status: sent.value.status, booking: sent.value.booking, rescheduled: true });
    changed();
    return true;
  }

  const draft: BookingDraft = { topic: '', address: profileAddress(user, directory), phone: user.phone };

  return (
    <View className="visit-day" id="visit-day">
      <View className="visit-day-head">
        <View className="visit-day-head__date" id="visit-day-date">
          {formatShanghaiDay(date)}
        </View>
        {communityName ? <View className="visit-day-head__community">{communityName}</View> : null}
        {info ? <MovedNote day={info} id="visit-day-moved" /> : null}
        <View
          id="booking-deadline"
          className={`visit-day-head__deadline ${day.bookingOpen ? '' : 'visit-day-head__deadline--closed'}`}
        >
          {day.bookingOpen ? `${deadlineText(day.bookingClosesAt)} 截止预约` : '预约已截止'}
        </View>
      </View>

      {choosing ? (
        <BookingForm
          key={choosing.id}
          slot={choosing}
          initial={draft}
          command={booking}
          onSubmit={book}
          onBack={() => setChoosing(null)}
        />
      ) : (
        <View>
          {outcome ? <BookResult outcome={outcome} /> : null}
          {cancelled && !mine ? (
            <View className="visit-day-cancelled" id="cancel-result" role="status">
              {cancelled}
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
              command={changing}
              onCancel={cancel}
              onReschedule={reschedule}
            />
          ) : null}
          <View className="mq-section-title">
            {day.slots.length ? `这一天的接访时段（${day.slots.length}个）` : '这一天的接访时段'}
          </View>
          {isResident && !mine && day.bookingOpen && day.slots.length ? (
            <View className="visit-day-tip">选一个时段预约；约满的时段可以排候补，有人取消时自动补上。</View>
          ) : null}
          {day.slots.length === 0 ? (
            <StateView kind="empty" title="这一天还没有发布接访时段" detail="民情书记发布后就能在这里预约" />
          ) : (
            <View id="slot-list">
              {day.slots.map((slot) => {
                const bookable = canBook && slot.state === 'open';
                return (
                  <SlotCard
                    key={slot.id}
                    slot={slot}
                    mine={mine?.slotId === slot.id}
                    onSelect={
                      bookable
                        ? () => {
                            setChoosing(slot);
                            scrollToTop();
                          }
                        : undefined
                    }
                    action={
                      bookable ? (
                        <Button
                          className="visit-day-book"
                          type="primary"
                          fill={slot.seatsLeft > 0 ? 'solid' : 'outline'}
                          size="large"
                          block
                        >
                          {slot.seatsLeft > 0 ? '预约这个时段' : '已满，排候补'}
                        </Button>
                      ) : undefined
                    }
                  />
                );
              })}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
