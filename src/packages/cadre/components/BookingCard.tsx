import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import { bookingStateLabels, bookingStateTones, followUpStatusLabels, type BookingView } from '@domain/visits/views';
import { Tag } from '../../../components/Tag';
import { onBehalfText } from '../../../components/visits/format';
import { ContactRows, type Contact } from './ContactRows';
import './BookingCard.scss';

export type Attendance = 'attended' | 'no_show' | 'booked';

/**
 * One resident on the day sheet: who, what about, how it stands, contact masked until asked for,
 * and what the cadre can do now: 到场 / 未到场 (or 撤销), 写民情日记 — from the visit day on
 * (`canAct`, told by the server: before the day these would only be refused).
 */
export function BookingCard({
  booking,
  canAct,
  revealed,
  revealing,
  marking,
  error,
  onReveal,
  onMark,
  onRecord,
}: {
  booking: BookingView;
  /** The visit day has come: attendance and the 民情日记 can be recorded. */
  canAct: boolean;
  revealed: Contact | undefined;
  revealing: boolean;
  /** The attendance being saved for this booking, if any. */
  marking: Attendance | null;
  error: string | undefined;
  onReveal: () => void;
  onMark: (state: Attendance) => void;
  onRecord: () => void;
}) {
  const { id, state } = booking;
  const active = state === 'booked' || state === 'attended' || state === 'no_show';
  const record = booking.record;
  return (
    <View className={`cd-booking cd-booking--${state}`} id={`sheet-booking-${id}`} data-state={state}>
      <View className="cd-booking__head">
        <View className="cd-booking__name">{booking.residentName}</View>
        {booking.walkIn ? <Tag>现场来访</Tag> : null}
        <Tag tone={bookingStateTones[state]} state={state} id={`booking-state-${id}`}>
          {bookingStateLabels[state]}
        </Tag>
      </View>
      <View className="mq-text cd-booking__topic">想说的事：{booking.topic}</View>
      {booking.onBehalfLine ? (
        <View className="mq-muted" id={`on-behalf-${id}`}>
          {onBehalfText(booking)}
        </View>
      ) : null}
      {booking.waitlistPosition !== null ? (
        <View className="mq-muted" id={`waitlist-${id}`}>
          候补第 {booking.waitlistPosition} 位，有人取消时自动递补
        </View>
      ) : null}
      {state === 'cancelled' ? (
        <View className="mq-muted">取消原因：{booking.cancelReason || '—'}</View>
      ) : (
        <ContactRows booking={booking} revealed={revealed} busy={revealing} onReveal={onReveal} />
      )}
      {record ? (
        <View className="mq-muted cd-booking__record" id={`record-summary-${id}`}>
          已写民情日记
          {record.followUp
            ? record.followUp.state === 'open'
              ? ` · 需跟进，期限${formatShanghaiDay(record.followUp.dueDate)}`
              : ` · ${followUpStatusLabels.closed}`
            : ''}
          {record.matterId ? ' · 已转为说事' : ''}
        </View>
      ) : null}
      {active && canAct ? (
        <View className="cd-booking__actions">
          {state === 'booked' ? (
            <>
              <Button
                id={`attend-${id}`}
                className="cd-booking__button"
                type="primary"
                loading={marking === 'attended'}
                disabled={marking !== null}
                onClick={() => onMark('attended')}
              >
                到场
              </Button>
              <Button
                id={`noshow-${id}`}
                className="cd-booking__button"
                type="default"
                loading={marking === 'no_show'}
                disabled={marking !== null}
                onClick={() => onMark('no_show')}
              >
                未到场
              </Button>
            </>
          ) : (
            <Button
              id={`undo-${id}`}
              className="cd-booking__button"
              type="default"
              loading={marking === 'booked'}
              disabled={marking !== null}
              onClick={() => onMark('booked')}
            >
              撤销{state === 'attended' ? '到场' : '未到场'}
            </Button>
          )}
          {state !== 'no_show' ? (
            <Button id={`record-${id}`} className="cd-booking__button" type="primary" fill="outline" onClick={onRecord}>
              {record ? '修改民情日记' : '写民情日记'}
            </Button>
          ) : null}
        </View>
      ) : null}
      {error ? (
        <View className="cd-booking__error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
