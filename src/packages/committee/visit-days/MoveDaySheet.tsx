import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { charCount } from '@domain/text';
import { formatShanghaiDay } from '@domain/time';
import { isVisitDay, MAX_VISIT_DAY_SHIFT_DAYS } from '@domain/visits/days';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { Field } from '../../../components/staff/Field';
import { InfoRow } from '../../../components/InfoRow';
import { Sheet } from '../../../components/staff/Sheet';
import { ReasonField } from '../../../components/staff/ReasonField';
import { useCommand } from '../../../hooks/useCommand';

const usualReasons = ['法定节假日放假', '与社区集中活动冲突', '天气原因'];

export interface MovableDay {
  date: string;
  originalDate: string;
  moved: boolean;
  slotCount: number;
  bookedCount: number;
}

export type MoveResult = Awaited<ReturnType<typeof moveDay>>;
export type DayList = MoveResult['days'];

function moveDay(
  input: { communityId: string; originalDate: string; movedTo: string; reason: string },
  requestId: string,
) {
  return call('visit', 'moveVisitDay', input, { requestId });
}

/** The first date near the original one that a move may land on: the day before, else after. */
function suggestedDate(originalDate: string, min: string, max: string): string {
  for (const offset of [-1, 1, -2, 2, 3, -3]) {
    const date = addDays(originalDate, offset);
    if (date >= min && date <= max && !isVisitDay(date)) return date;
  }
  return min;
}

/** What happens to the day's slots and bookings: they move along, and each resident is told. */
function movingNotice(day: MovableDay): string {
  const slots = `这一天已发布 ${day.slotCount} 个时段`;
  if (day.bookedCount === 0) return `${slots}，调整后时段会一起改到新日期。`;
  return `${slots}，已有 ${day.bookedCount} 人预约。调整后时段和预约（含候补）会一起改到新日期，系统会通知每位预约的居民。`;
}

/**
 * 调整接访日: one computed visit day of the community moves to a date within ten days either way
 * (a holiday), with the reason residents will see beside the day.
 */
export function MoveDaySheet({
  communityId,
  day,
  onDone,
  onClose,
}: {
  communityId: string;
  day: MovableDay;
  onDone: (result: MoveResult, movedTo: string) => void;
  onClose: () => void;
}) {
  const today = shanghaiToday();
  const earliest = addDays(day.originalDate, -MAX_VISIT_DAY_SHIFT_DAYS);
  const min = earliest > today ? earliest : today;
  const max = addDays(day.originalDate, MAX_VISIT_DAY_SHIFT_DAYS);
  const [movedTo, setMovedTo] = useState(() => (day.moved ? day.date : suggestedDate(day.originalDate, min, max)));
  const [reason, setReason] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    if (charCount(reason.trim()) < 2) return refuse('请填写调整原因', 'reason');
    const input = { communityId, originalDate: day.originalDate, movedTo, reason: reason.trim() };
    const sent = await run(input, (requestId) => moveDay(input, requestId));
    if (sent.ok) onDone(sent.value, movedTo);
  }

  return (
    <Sheet
      id="move-day-sheet"
      title="调整接访日"
      submitId="move-submit"
      submitText="确定调整"
      busy={busy}
      error={error}
      fieldPaths={['movedTo', 'reason']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <InfoRow label="原接访日">{formatShanghaiDay(day.originalDate)}</InfoRow>
      {day.moved ? <InfoRow label="现调整到">{formatShanghaiDay(day.date)}</InfoRow> : null}
      {day.slotCount > 0 ? (
        <View className="cd-move-warning" id="move-day-slots">
          {movingNotice(day)}
        </View>
      ) : null}
      <Field
        label="调整到"
        hint={`只能选原接访日前后${MAX_VISIT_DAY_SHIFT_DAYS}天内、不是5日15日25日的日期`}
        error={fieldError('movedTo')}
      >
        <DateField id="move-to" value={movedTo} min={min} max={max} title="调整到哪一天" onChange={setMovedTo} />
      </Field>
      <ReasonField
        id="move-reason"
        usualId="move-reason-template"
        usual={usualReasons}
        label="调整原因"
        hint="居民会在接访日旁看到这段话"
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
        rows={2}
        placeholder="如：12月25日与社区冬季运动会冲突"
      />
    </Sheet>
  );
}
