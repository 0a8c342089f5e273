import { Input, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { charCount } from '@domain/text';
import { checkBooking, type BookInput } from '@domain/visits/bookingInput';
import { visitModeLabels, type SlotView } from '@domain/visits/views';
import { placeText, timeWindow } from './format';
import { FormField } from '../FormField';
import { SubmitBar } from '../SubmitBar';
import './BookingForm.scss';
import type { Command } from '../../hooks/useCommand';

export interface BookingDraft {
  topic: string;
  address: string;
  phone: string;
}

/**
 * Booking one slot: what to talk about (required), the address for a home visit, and a phone the
 * cadre can call (from the profile), sent with the page's `command`, which says what went wrong.
 */
export function BookingForm({
  slot,
  initial,
  command,
  onSubmit,
  onBack,
}: {
  slot: SlotView;
  initial: BookingDraft;
  command: Command;
  onSubmit: (input: BookInput) => void;
  onBack: () => void;
}) {
  const [draft, setDraft] = useState<BookingDraft>(initial);
  const full = slot.seatsLeft === 0;
  const errorFor = command.fieldError;
  const formError = command.error?.message ?? null;
  const update = (patch: Partial<BookingDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    command.clearError();
  };

  function send() {
    if (command.busy) return;
    const checked = checkBooking(slot, draft);
    if (!checked.ok) return command.refuse(checked.issues);
    onSubmit(checked.input);
  }

  return (
    <View id="book-form" className="mq-book">
      <View className="mq-book__slot">
        <View className="mq-book__slot-label">您选的时段</View>
        <View className="mq-book__slot-time">
          {timeWindow(slot)} {visitModeLabels[slot.mode]}
        </View>
        <View className="mq-book__slot-line">民情书记：{slot.cadreName}</View>
        {placeText(slot) ? <View className="mq-book__slot-line">地点：{placeText(slot)}</View> : null}
        <View id="book-back" className="mq-book__back mq-tap" onClick={onBack}>
          ‹ 换一个时段
        </View>
      </View>
      {full ? (
        <View className="mq-book__full" id="book-full-note">
          这个时段已约满。提交后您将排入候补，有人取消时会自动为您补上并通知您。
        </View>
      ) : null}
      <FormField
        block="mq-book-field"
        label="想和民情书记说什么（必填）"
        hint="一两句话就行，如：楼道灯坏了、想反映停车难"
        error={errorFor('topic')}
      >
        <TextArea
          id="book-topic"
          className="mq-book__textarea"
          value={draft.topic}
          placeholder="至少2个字"
          maxLength={100}
          rows={3}
          autoSize
          onChange={(topic) => update({ topic })}
        />
        <View className="mq-book__count">{charCount(draft.topic)}/100</View>
      </FormField>
      {slot.mode === 'home' ? (
        <FormField
          block="mq-book-field"
          label="上门地址（必填）"
          hint="民情书记会到这里找您"
          error={errorFor('address')}
        >
          <Input
            id="book-address"
            className="mq-book__input"
            value={draft.address}
            placeholder="如：幸福小区3号楼2单元501"
            maxLength={60}
            onChange={(address) => update({ address })}
          />
        </FormField>
      ) : null}
      <FormField block="mq-book-field" label="联系电话" hint="只有民情书记和社区居委会能看到" error={errorFor('phone')}>
        <Input
          id="book-phone"
          className="mq-book__input"
          type="number"
          value={draft.phone}
          placeholder="11位手机号码"
          maxLength={11}
          onChange={(phone) => update({ phone })}
        />
      </FormField>
      <View className="mq-book__actions">
        <SubmitBar
          id="book-submit"
          errorId="book-error"
          error={formError}
          busy={command.busy}
          onSubmit={() => void send()}
        >
          {full ? '排候补' : '确认预约'}
        </SubmitBar>
      </View>
    </View>
  );
}
