import { Input, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldIssue } from '@domain/errors';
import { charCount } from '@domain/matters/text';
import { addressSchema, topicSchema, visitPhoneSchema } from '@domain/visits/text';
import { visitModeLabels, type SlotView } from '@domain/visits/views';
import { placeText, timeWindow } from './format';
import { FormField } from '../FormField';
import { SubmitBar } from '../SubmitBar';
import './BookingForm.scss';

export interface BookingDraft {
  topic: string;
  address: string;
  phone: string;
}

export interface BookingInput {
  slotId: string;
  topic: string;
  address: string;
  phone: string;
}

/** Checks a draft as the server will; a home visit needs the address the cadre walks to. */
export function validateBooking(
  slot: Pick<SlotView, 'id' | 'mode'>,
  draft: BookingDraft,
): { ok: true; input: BookingInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const topic = topicSchema.safeParse(draft.topic);
  if (!topic.success) issues.push({ path: 'topic', message: topic.error.issues[0].message });
  let address = '';
  if (slot.mode === 'home') {
    const checked = addressSchema.safeParse(draft.address);
    if (!checked.success) issues.push({ path: 'address', message: checked.error.issues[0].message });
    else if (charCount(checked.data) < 2) issues.push({ path: 'address', message: '入户走访请填写地址' });
    else address = checked.data;
  }
  const phone = visitPhoneSchema.safeParse(draft.phone);
  if (!phone.success) issues.push({ path: 'phone', message: phone.error.issues[0].message });
  if (issues.length > 0 || !topic.success || !phone.success) return { ok: false, issues };
  return { ok: true, input: { slotId: slot.id, topic: topic.data, address, phone: phone.data } };
}

/**
 * Booking one slot: what to talk about (required), the address for a home visit, and a phone the
 * cadre can call (from the profile). `onSubmit` resolves with the problems to show, or null.
 */
export function BookingForm({
  slot,
  initial,
  onSubmit,
  onBack,
}: {
  slot: SlotView;
  initial: BookingDraft;
  onSubmit: (input: BookingInput) => Promise<{ message: string; issues: FieldIssue[] } | null>;
  onBack: () => void;
}) {
  const [draft, setDraft] = useState<BookingDraft>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const full = slot.seatsLeft === 0;
  const errorFor = (path: string) => issues.find((issue) => issue.path === path)?.message;
  const update = (patch: Partial<BookingDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setFormError('');
  };

  async function send() {
    if (sending) return;
    const checked = validateBooking(slot, draft);
    if (!checked.ok) {
      setIssues(checked.issues);
      setFormError(checked.issues[0].message);
      return;
    }
    setSending(true);
    setIssues([]);
    setFormError('');
    const failure = await onSubmit(checked.input).finally(() => setSending(false));
    if (failure) {
      setIssues(failure.issues);
      setFormError(failure.message);
    }
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
        <SubmitBar id="book-submit" errorId="book-error" error={formError} busy={sending} onSubmit={() => void send()}>
          {full ? '排候补' : '确认预约'}
        </SubmitBar>
      </View>
    </View>
  );
}
