import { View } from '@tarojs/components';
import { useState } from 'react';
import type { SlotView } from '@domain/visits/views';
import { call } from '../../../api/client';
import { SubmitBar } from '../../../components/SubmitBar';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import { BookedFor } from './BookedFor';
import { BookedForList } from './BookedForList';
import { checkBookForFields, emptyBookFor } from './bookForForm';
import type { OnBehalfModeProps } from './modeProps';
import { VisitDayChoice, VisitSlotChoice } from './VisitSlotPicker';
import { useModeDraft } from './useModeDraft';

/**
 * 预约接访 for the resident: a coming visit day, a slot on it, what they want to say and a phone
 * (the family's will do), booked as the resident would book it; a full slot puts them on the waitlist.
 * Above it, the visits already booked for residents, to cancel one when a resident cannot come.
 */
export function BookForMode({ communityId, who, fields, onDone }: OnBehalfModeProps) {
  const { draft, update: change, checkedInput } = useModeDraft({ who, fields }, emptyBookFor, checkBookForFields);
  const { busy, error, run } = useCommand();
  // A cancel frees a seat: the days and slots are read again to show it.
  const [seatsRound, setSeatsRound] = useState(0);

  async function submit() {
    const input = checkedInput();
    if (!input) return;
    const sent = await run(input, (requestId) => call('visit', 'bookFor', input, { requestId }));
    if (sent.ok) onDone(<BookedFor booking={sent.value.booking} status={sent.value.status} />);
  }

  const messageFor = (path: string) => fields.messageFor(path) ?? error?.fieldMessage(path);
  const full = draft.slot !== null && draft.slot.seatsLeft === 0;
  return (
    <>
      <BookedForList communityId={communityId} onCancelled={() => setSeatsRound((n) => n + 1)} />
      <VisitDayChoice
        key={`day-${seatsRound}`}
        communityId={communityId}
        date={draft.date}
        error={messageFor('date')}
        onChange={(date) => change({ date, slot: null })}
      />
      {draft.date ? (
        <VisitSlotChoice
          key={`slots-${seatsRound}`}
          communityId={communityId}
          date={draft.date}
          chosen={draft.slot}
          error={messageFor('slotId')}
          onChange={(slot: SlotView) => change({ slot })}
        />
      ) : null}
      {full ? (
        <View className="of-note" id="book-for-full">
          这个时段已约满。提交后居民将排入候补，有人取消时自动补上，并通知居民和家属。
        </View>
      ) : null}
      <Field id="order-for-topic" label="居民想和民情书记说什么" error={messageFor('topic')}>
        <TextBox
          id="book-for-topic"
          multiline
          value={draft.topic}
          placeholder="如：楼道灯坏了、想反映停车难"
          maxLength={100}
          onChange={(topic) => change({ topic })}
        />
      </Field>
      {draft.slot?.mode === 'home' ? (
        <Field id="order-for-address" label="上门地址" error={messageFor('address')}>
          <TextBox
            id="book-for-address"
            value={draft.address}
            placeholder="如：幸福小区3号楼2单元501"
            maxLength={60}
            onChange={(address) => change({ address })}
          />
        </Field>
      ) : null}
      <Field
        id="order-for-phone"
        label="联系电话（可不填）"
        hint="老人没有手机的，可填家属的手机；只有民情书记和居委会能看到"
        error={messageFor('phone')}
      >
        <TextBox
          id="book-for-phone"
          value={draft.phone}
          placeholder="11位手机号码"
          maxLength={13}
          onChange={(phone) => change({ phone })}
        />
      </Field>
      <SubmitBar
        id="order-for-submit"
        errorId="order-for-error"
        error={fields.issues.length > 0 ? `还有${fields.issues.length}处需要填写` : (error?.message ?? null)}
        busy={busy}
        onSubmit={() => void submit()}
      >
        {full ? '代约候补' : '代为预约'}
      </SubmitBar>
    </>
  );
}
