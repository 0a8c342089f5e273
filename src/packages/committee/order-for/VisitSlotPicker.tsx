import { View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import type { SlotView } from '@domain/visits/views';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { Field } from '../../../components/staff/Field';
import { SlotCard } from '../../../components/visits/SlotCard';
import { useAsync } from '../../../hooks/useAsync';

/** The coming visit days of the community still open for booking, as staff choose one. */
export function VisitDayChoice({
  communityId,
  date,
  error,
  onChange,
}: {
  communityId: string;
  date: string | null;
  error: string | undefined;
  onChange: (date: string) => void;
}) {
  const days = useAsync(() => call('visit', 'days', { communityId }), [communityId]);
  if (!days.data) {
    if (days.status === 'error') return <ErrorView message={days.error.message} onRetry={() => void days.reload()} />;
    return <LoadingView />;
  }
  const open = days.data.days.filter((day) => day.bookingOpen && day.slotCount > 0);
  if (open.length === 0) {
    return <StateView kind="empty" title="近期没有可预约的接访日" detail="民情书记发布接访时段后就能代约" />;
  }
  return (
    <Field id="order-for-date" label="接访日" error={error}>
      <ChoiceList
        idPrefix="book-for-day"
        choices={open.map((day) => ({
          id: day.date,
          label: `${formatShanghaiDay(day.date)} · ${day.seatsLeft > 0 ? `剩${day.seatsLeft}个名额` : '已约满'}`,
        }))}
        selected={date}
        onSelect={onChange}
      />
    </Field>
  );
}

/**
 * The day's open slots as the resident's own day page shows them (cadre, mode, time, place, seats
 * left); tapping one chooses it, a full one for the waitlist.
 */
export function VisitSlotChoice({
  communityId,
  date,
  chosen,
  error,
  onChange,
}: {
  communityId: string;
  date: string;
  chosen: SlotView | null;
  error: string | undefined;
  onChange: (slot: SlotView) => void;
}) {
  const day = useAsync(() => call('visit', 'slots', { communityId, date }), [communityId, date]);
  if (!day.data) {
    if (day.status === 'error') return <ErrorView message={day.error.message} onRetry={() => void day.reload()} />;
    return <LoadingView />;
  }
  const slots = day.data.slots.filter((slot) => slot.state === 'open');
  return (
    <Field id="order-for-slotId" label="时段" hint="约满的时段可以排候补，有人取消时自动补上" error={error}>
      {slots.length === 0 ? (
        <StateView kind="empty" title="这一天还没有可预约的时段" />
      ) : (
        <View id="book-for-slots">
          {slots.map((slot) => (
            <View
              key={slot.id}
              className={`of-slot ${chosen?.id === slot.id ? 'of-slot--chosen' : ''}`}
              data-chosen={chosen?.id === slot.id ? 'yes' : 'no'}
            >
              <SlotCard slot={slot} onSelect={() => onChange(slot)} />
            </View>
          ))}
        </View>
      )}
    </Field>
  );
}
