import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState, type ReactNode } from 'react';
import { call } from '../../../api/client';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { communityNames } from '@domain/places';
import { formatShanghaiDay } from '@domain/time';
import type { SelfView } from '@domain/users';
import { visitModeLabels, type BookingView, type SlotView } from '@domain/visits/views';
import { useAsync } from '../../../hooks/useAsync';
import { useSession } from '../../../state/session';
import { toApiError, useCommand } from '../../../hooks/useCommand';
import { BookingCard, type Attendance } from '../components/BookingCard';
import { RoleOnly } from '../../../components/RoleOnly';
import '../components/cadre.scss';
import { DayChooser, type DayChoice } from '../components/Chooser';
import type { Contact } from '../components/ContactRows';
import { WalkInSheet } from '../components/WalkInSheet';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';
import { usePageParams } from '../../../hooks/usePageParams';

export default function SheetPage() {
  return (
    <RoleOnly roles={['cadre']} className="cadre-screen">
      {(user) => <DaySheetPage user={user} />}
    </RoleOnly>
  );
}

/** The visit days of all the cadre's communities, one choice per date. */
async function loadDays(communityIds: readonly string[]): Promise<DayChoice[]> {
  const all = await Promise.all(communityIds.map((communityId) => call('visit', 'days', { communityId })));
  const byDate = new Map<string, DayChoice>();
  for (const { days } of all) {
    for (const day of days) {
      const known = byDate.get(day.date);
      byDate.set(day.date, { date: day.date, moved: (known?.moved ?? false) || day.moved });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 4);
}

function DaySheetPage({ user }: { user: SelfView }) {
  const read = usePageParams(routes.daySheet);
  const asked = read.ok ? read.params.date : undefined;
  const days = useAsync(() => loadDays(user.communityIds), [user.communityIds.join(',')]);
  const [date, setDate] = useState<string | null>(asked ?? null);
  const list = days.data ?? [];
  const chosen = date ?? list[0]?.date ?? null;
  const choices = chosen && !list.some((d) => d.date === chosen) ? [{ date: chosen }, ...list] : list;

  return (
    <View id="sheet-page">
      {choices.length > 0 && chosen ? (
        <View className="cd-chooser">
          <DayChooser days={choices} selected={chosen} onSelect={setDate} />
        </View>
      ) : null}
      {chosen ? (
        <DaySheet key={chosen} date={chosen} />
      ) : days.status === 'error' ? (
        <ErrorView message={days.error.message} onRetry={() => void days.reload()} />
      ) : days.status === 'loading' ? (
        <LoadingView />
      ) : (
        <StateView kind="empty" title="近期没有接访日" />
      )}
    </View>
  );
}

/** Bookings of a slot as the cadre works down them: seen or expected first, then the waitlist, then cancelled. */
function inSheetOrder(bookings: readonly BookingView[]): BookingView[] {
  const rank = (b: BookingView) => (b.state === 'waitlisted' ? 1 : b.state === 'cancelled' ? 2 : 0);
  return [...bookings].sort(
    (a, b) => rank(a) - rank(b) || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || a.createdAt - b.createdAt,
  );
}

type SheetSlot = SlotView & { bookings: BookingView[] };

function DaySheet({ date }: { date: string }) {
  const { directory } = useSession();
  const sheet = useAsync(() => call('visit', 'daySheet', { date }), [date]);
  const [revealed, setRevealed] = useState<Record<string, Contact>>({});
  const [revealing, setRevealing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [walkIn, setWalkIn] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const attendance = useCommand();
  const shown = useRef(false);

  // Back from 写民情日记: show what was recorded.
  useDidShow(() => {
    if (shown.current) void sheet.reload();
    shown.current = true;
  });

  const setError = (bookingId: string, message: string | undefined) =>
    setErrors((all) => {
      const next = { ...all };
      if (message) next[bookingId] = message;
      else delete next[bookingId];
      return next;
    });

  async function reveal(bookingId: string) {
    setRevealing(bookingId);
    setError(bookingId, undefined);
    try {
      const contact = await call('visit', 'revealContact', { bookingId });
      setRevealed((all) => ({ ...all, [bookingId]: contact }));
    } catch (caught) {
      setError(bookingId, toApiError(caught).message);
    } finally {
      setRevealing(null);
    }
  }

  async function mark(bookingId: string, state: Attendance) {
    setError(bookingId, undefined);
    const input = { bookingId, state };
    const sent = await attendance.run(input, (requestId) => call('visit', 'markAttendance', input, { requestId }), {
      name: `${bookingId}:${state}`,
    });
    if (!sent.ok && sent.error) setError(bookingId, sent.error.message);
    await sheet.reload();
  }

  const data = sheet.data;
  if (!data) {
    if (sheet.status === 'error')
      return <ErrorView message={sheet.error.message} onRetry={() => void sheet.reload()} />;
    return <LoadingView />;
  }
  const slots = [...data.slots].sort((a, b) => a.start.localeCompare(b.start));
  const open = slots.filter((s) => s.state === 'open');
  const active = slots.flatMap((s) => s.bookings).filter((b) => b.state !== 'cancelled' && b.state !== 'waitlisted');
  const seen = active.filter((b) => b.state === 'attended').length;

  return (
    <View id="day-sheet" data-date={date}>
      <View className="cd-sheet-summary">
        <View className="mq-title" id="sheet-date">
          {formatShanghaiDay(date)} 接访单
        </View>
        <View className="mq-muted" id="sheet-counts">
          {slots.length === 0
            ? '这一天还没有发布时段'
            : `${open.length} 个时段 · 共 ${active.length} 人 · 已接访 ${seen} 人`}
        </View>
      </View>
      {open.length > 0 && !data.visitDayReached ? (
        <View className="mq-muted cd-sheet-early" id="sheet-before-day">
          接访日当天才能标记到场、写民情日记和登记现场来访。
        </View>
      ) : null}
      {open.length > 0 && data.visitDayReached ? (
        <View className="cd-toolbar">
          <Button
            id="walkin-add"
            className="cd-toolbar__button"
            type="primary"
            fill="outline"
            onClick={() => {
              setResult(null);
              setWalkIn(true);
            }}
          >
            登记现场来访
          </Button>
        </View>
      ) : null}
      {result ? (
        <View className="cd-result" id="sheet-result">
          {result}
        </View>
      ) : null}
      {slots.length === 0 ? (
        <StateView kind="empty" title="这一天没有接访时段" detail="可在「发布接访时段」里发布" />
      ) : (
        slots.map((slot) => (
          <SlotSection
            key={slot.id}
            slot={slot}
            communityName={directory ? communityNames(directory, [slot.communityId]) : ''}
          >
            {slot.bookings.length === 0 ? (
              <View className="mq-muted cd-sheet-slot__empty">还没有居民预约</View>
            ) : (
              inSheetOrder(slot.bookings).map((booking) => (
                <BookingCard
                  key={booking.id}
                  booking={booking}
                  canAct={data.visitDayReached}
                  revealed={revealed[booking.id]}
                  revealing={revealing === booking.id}
                  marking={markingOf(attendance.running, booking.id)}
                  error={errors[booking.id]}
                  onReveal={() => void reveal(booking.id)}
                  onMark={(state) => void mark(booking.id, state)}
                  onRecord={() => void openPage(routes.visitRecord, { bookingId: booking.id, date })}
                />
              ))
            )}
          </SlotSection>
        ))
      )}
      {walkIn && open.length > 0 && data.visitDayReached ? (
        <WalkInSheet
          slots={open}
          initialSlotId={open[0].id}
          onDone={(message) => {
            setWalkIn(false);
            setResult(message);
            void sheet.reload();
          }}
          onClose={() => setWalkIn(false)}
        />
      ) : null}
    </View>
  );
}

function SlotSection({
  slot,
  communityName,
  children,
}: {
  slot: SheetSlot;
  communityName: string;
  children: ReactNode;
}) {
  const cancelled = slot.state === 'cancelled';
  return (
    <View
      className={`mq-card cd-sheet-slot ${cancelled ? 'cd-sheet-slot--cancelled' : ''}`}
      id={`sheet-slot-${slot.id}`}
    >
      <View className="cd-sheet-slot__time">
        {slot.start}-{slot.end} {visitModeLabels[slot.mode]}
      </View>
      <View className="mq-muted">
        {[communityName, slot.place].filter(Boolean).join(' · ')}
        {cancelled
          ? ` · 已取消：${slot.cancelReason}`
          : ` · 已约 ${slot.seatsTaken}/${slot.capacity}${slot.waitlistCount > 0 ? ` · 候补 ${slot.waitlistCount}` : ''}`}
      </View>
      {children}
    </View>
  );
}

/** Which attendance button of this booking is being sent (the run's name is `bookingId:state`). */
function markingOf(running: string | null, bookingId: string): Attendance | null {
  return running?.startsWith(`${bookingId}:`) ? (running.slice(bookingId.length + 1) as Attendance) : null;
}
