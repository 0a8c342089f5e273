import { Button, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { homeAddressMissing } from '@domain/visits/bookingInput';
import { bookingCancelReasonSchema, cancelReasonSchema, usualBookingCancelReasons } from '@domain/visits/text';
import { bookingStateTones, visitModeLabels, type BookingView, type SlotView } from '@domain/visits/views';
import { InfoRow } from '../InfoRow';
import { SubmitBar } from '../SubmitBar';
import { Tag } from '../Tag';
import { bookingStateText, deadlineText, onBehalfText, placeText, seatsText, timeWindow } from './format';
import './MyBookingCard.scss';
import type { Command } from '../../hooks/useCommand';
import { ReasonField } from '../staff/ReasonField';

type Panel = 'cancel' | 'reschedule' | null;

/**
 * Why the booking cannot move to this slot, or '' if it can. A move within the day gives up the old
 * seat first, so only a slot with a free seat is offered; a home visit needs the address a talk at
 * the station was booked without.
 */
function cannotMoveTo(slot: SlotView, booking: BookingView): string {
  if (slot.seatsLeft === 0) return '这个时段已约满，请选择其他时段';
  if (homeAddressMissing(slot.mode, booking.address)) return '入户走访需要上门地址，请取消后重新预约';
  return '';
}

/**
 * The resident's booking on this day, with 取消预约 and 改约 (another slot the same day), both
 * with a reason, sent with the page's `command`. Once cancelling has closed, the buttons give way
 * to whom to call instead.
 */
export function MyBookingCard({
  booking,
  slots,
  closedMessage,
  cancelClosesAt,
  officePhone,
  waitlistNote = true,
  command,
  onCancel,
  onReschedule,
}: {
  booking: BookingView;
  slots: SlotView[];
  /** Set once cancelling has closed: the words that replace the buttons. */
  closedMessage: string | null;
  cancelClosesAt: number;
  officePhone: string;
  /** Says what the waitlist means; left out right after booking, when the answer above says it. */
  waitlistNote?: boolean;
  command: Command;
  /** Each resolves true once done. */
  onCancel: (reason: string) => Promise<boolean>;
  onReschedule: (toSlotId: string, reason: string) => Promise<boolean>;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const error = command.error?.message ?? '';
  const others = slots.filter((s) => s.state === 'open' && s.id !== booking.slotId);

  const open = (next: Panel) => {
    setPanel(next);
    command.clearError();
    setTarget(null);
  };

  async function send() {
    if (command.busy) return;
    if (panel === 'reschedule' && !target) return command.refuse('请选择要改到的时段');
    // Cancelling lets the seat go without explaining; moving to another slot still says why.
    const checked = (panel === 'cancel' ? bookingCancelReasonSchema : cancelReasonSchema).safeParse(reason);
    if (!checked.success) return command.refuse(checked.error.issues[0].message);
    const done = await (panel === 'reschedule' ? onReschedule(target!, checked.data) : onCancel(checked.data));
    if (!done) return; // the refusal is said in the panel
    setPanel(null);
    setReason('');
  }

  return (
    <View className="mq-card mq-my-booking" id="my-booking">
      <View className="mq-my-booking__head">
        <View className="mq-my-booking__title">我的预约</View>
        <Tag tone={bookingStateTones[booking.state]} state={booking.state} id="my-booking-state">
          {bookingStateText(booking)}
        </Tag>
      </View>
      <InfoRow label="时间">{timeWindow(booking)}</InfoRow>
      <InfoRow label="方式">{visitModeLabels[booking.mode]}</InfoRow>
      <InfoRow label="民情书记">{booking.cadreName}</InfoRow>
      <InfoRow label={booking.mode === 'home' ? '上门地址' : '地点'}>
        {booking.mode === 'home' ? booking.address : placeText(booking)}
      </InfoRow>
      <InfoRow label="想说的事">{booking.topic}</InfoRow>
      <InfoRow label="联系电话">{booking.phone}</InfoRow>
      <InfoRow label="代办" id="my-booking-on-behalf">
        {onBehalfText(booking)}
      </InfoRow>
      {booking.state === 'waitlisted' && waitlistNote ? (
        <View className="mq-my-booking__note" id="my-booking-waitlist">
          已满，您是候补第{booking.waitlistPosition ?? 1}位，有人取消时会自动为您补上并通知您
        </View>
      ) : null}

      {closedMessage ? (
        <View className="mq-my-booking__closed" id="cancel-closed" role="alert">
          <View>{closedMessage}</View>
          {officePhone ? (
            <Button
              id="call-office"
              className="mq-my-booking__call"
              type="primary"
              fill="outline"
              size="large"
              block
              onClick={() => void Taro.makePhoneCall({ phoneNumber: officePhone })}
            >
              拨打社区电话 {officePhone}
            </Button>
          ) : null}
        </View>
      ) : panel === null ? (
        <View>
          <View className="mq-my-booking__actions">
            <Button
              id="reschedule-booking"
              className="mq-my-booking__button"
              type="primary"
              fill="outline"
              size="large"
              onClick={() => open('reschedule')}
            >
              改约
            </Button>
            <Button
              id="cancel-booking"
              className="mq-my-booking__button"
              type="default"
              size="large"
              onClick={() => open('cancel')}
            >
              取消预约
            </Button>
          </View>
          <View className="mq-my-booking__hint">{deadlineText(cancelClosesAt)}前可以取消或改约</View>
        </View>
      ) : (
        <View key={panel} className="mq-my-booking__panel" id={`${panel}-panel`}>
          {panel === 'reschedule' ? (
            <View>
              <View className="mq-my-booking__panel-title">改到这一天的哪个时段？</View>
              {others.length === 0 ? (
                <View className="mq-my-booking__hint" id="reschedule-none">
                  这一天没有别的时段了。可以取消后预约其他接访日。
                </View>
              ) : (
                <View className="mq-my-booking__choices" role="radiogroup">
                  {others.map((slot) => {
                    const refusal = cannotMoveTo(slot, booking);
                    const disabled = refusal !== '';
                    return (
                      <View
                        key={slot.id}
                        id={`reschedule-${slot.id}`}
                        role="radio"
                        aria-checked={target === slot.id}
                        aria-disabled={disabled}
                        className={`mq-my-booking__choice ${target === slot.id ? 'mq-my-booking__choice--active' : ''} ${
                          disabled ? 'mq-my-booking__choice--disabled' : ''
                        }`}
                        onClick={() => {
                          if (refusal) return command.refuse(refusal);
                          setTarget(slot.id);
                          command.clearError();
                        }}
                      >
                        <View className="mq-my-booking__choice-time">
                          {timeWindow(slot)} {visitModeLabels[slot.mode]}
                        </View>
                        <View className="mq-my-booking__choice-line">
                          {slot.cadreName} · {seatsText(slot)}
                        </View>
                        {slot.seatsLeft > 0 && refusal ? (
                          <View className="mq-my-booking__choice-line">{refusal}</View>
                        ) : null}
                      </View>
                    );
                  })}
                </View>
              )}
            </View>
          ) : (
            <View className="mq-my-booking__panel-title">确定取消这次预约吗？</View>
          )}
          {panel === 'cancel' ? (
            <ReasonField
              id="cancel-reason"
              usualId="cancel-usual"
              usual={usualBookingCancelReasons}
              label="取消原因（可不填）"
              hint="民情书记会看到，方便安排"
              value={reason}
              maxLength={100}
              rows={2}
              placeholder="点上面的常用原因，或写几句；也可以不填"
              onChange={(value) => {
                setReason(value);
                command.clearError();
              }}
            />
          ) : (
            <TextArea
              id="reschedule-reason"
              className="mq-my-booking__input"
              value={reason}
              placeholder="说说为什么改约（必填）"
              maxLength={100}
              rows={2}
              autoSize
              onChange={(value) => {
                setReason(value);
                command.clearError();
              }}
            />
          )}
          <SubmitBar
            id={`${panel}-submit`}
            errorId={`${panel}-error`}
            error={error}
            busy={command.busy}
            onSubmit={() => void send()}
          >
            {panel === 'cancel' ? '确认取消' : '确认改约'}
          </SubmitBar>
          <View id={`${panel}-back`} className="mq-my-booking__back mq-tap" onClick={() => open(null)}>
            {panel === 'cancel' ? '不取消了' : '不改了'}
          </View>
        </View>
      )}
    </View>
  );
}
