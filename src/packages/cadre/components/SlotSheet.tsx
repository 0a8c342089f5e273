import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { toFieldIssues } from '@domain/validation';
import { slotInputSchema } from '@domain/visits/slots';
import { visitModeLabels, visitModes, type SlotView, type VisitMode } from '@domain/visits/views';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import { asSlotFormError } from './issues';
import { endChoices, fromHhmm, hhmm, minutesOf, startTimes, timeOf, withTime } from './slotTimes';
import { ApiError } from '../../../api/apiError';

/** Each field's element id, for the sheet to scroll to the first it complains about. */
const slotFieldId = (path: string) => `slot-field-${path}`;

const placeHints: Record<VisitMode, string> = {
  home: '入户走访可不填，如：幸福小区',
  station: '必填，如：东门社区红帆驿站',
  enterprise: '必填，写明企业名称和地址',
};

/**
 * 新增时段 / 修改时段: start, length, mode, place (needed for 红帆驿站 and 企业走访), and how
 * many residents can be seen. Adding publishes it at once; residents can book it.
 */
export function SlotSheet({
  communityId,
  date,
  slot,
  onDone,
  onClose,
}: SheetProps<{
  communityId: string;
  date: string;
  /** The slot being edited; absent when adding. */
  slot?: SlotView;
}>) {
  const [start, setStart] = useState(slot?.start ?? '09:00');
  const [end, setEnd] = useState(slot?.end ?? '11:00');
  const [mode, setMode] = useState<VisitMode>(slot?.mode ?? 'station');
  const [place, setPlace] = useState(slot?.place ?? '');
  const [capacity, setCapacity] = useState(String(slot?.capacity ?? 4));
  const { busy, error, run, fieldError } = useCommand();
  const [local, setLocal] = useState<ApiError | null>(null);

  function chooseStart(next: string) {
    // Keep the length when the start moves.
    const length = Math.max(30, minutesOf(end) - minutesOf(start));
    setStart(next);
    setEnd(timeOf(Math.min(minutesOf(next) + length, 23 * 60 + 59)));
    setLocal(null);
  }

  async function save() {
    const input = { start, end, mode, place: place.trim(), capacity: Number(capacity.trim()) };
    const checked = slotInputSchema.safeParse(
      capacity.trim() === '' || !/^\d+$/.test(capacity.trim()) ? { ...input, capacity: undefined } : input,
    );
    if (!checked.success) {
      const issues = toFieldIssues(checked.error);
      setLocal(new ApiError('BAD_INPUT', issues[0]?.message ?? '请检查填写的内容', issues));
      return;
    }
    setLocal(null);
    const sent = slot
      ? await run({ slotId: slot.id, ...input }, (requestId) =>
          call('visit', 'updateSlot', { slotId: slot.id, ...input }, { requestId }).catch((caught: unknown) => {
            throw asSlotFormError(caught);
          }),
        )
      : await run({ communityId, date, input }, (requestId) =>
          call('visit', 'publishSlots', { communityId, date, slots: [input] }, { requestId }).catch(
            (caught: unknown) => {
              throw asSlotFormError(caught);
            },
          ),
        );
    if (sent.ok) onDone(slot ? '时段已修改，已预约的居民不受影响' : `已发布 ${start}-${end} 的时段，居民现在可以预约`);
  }

  const shown = local ?? error;
  const messageFor = (path: string) => (local ? local.fieldMessage(path) : fieldError(path));
  return (
    <Sheet
      id="slot-sheet"
      title={slot ? '修改时段' : '新增时段'}
      submitId="slot-save"
      submitText={slot ? '保存修改' : '发布时段'}
      busy={busy}
      error={shown}
      fieldPaths={['start', 'end', 'mode', 'place', 'capacity']}
      fieldId={slotFieldId}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Field id={slotFieldId('start')} label="开始时间（北京时间）" error={messageFor('start')}>
        <ChoiceList
          idPrefix="slot-start"
          choices={withTime(startTimes, start).map((t) => ({ id: hhmm(t), label: t }))}
          selected={hhmm(start)}
          onSelect={(id) => chooseStart(fromHhmm(id))}
        />
      </Field>
      <Field id={slotFieldId('end')} label="结束时间" error={messageFor('end')}>
        <ChoiceList
          idPrefix="slot-end"
          choices={(() => {
            const ends = endChoices(start);
            const all = ends.some((e) => e.time === end) ? ends : [...ends, { time: end, label: end }];
            return all.map((e) => ({ id: hhmm(e.time), label: e.label }));
          })()}
          selected={hhmm(end)}
          onSelect={(id) => {
            setEnd(fromHhmm(id));
            setLocal(null);
          }}
        />
      </Field>
      <Field id={slotFieldId('mode')} label="接访方式" error={messageFor('mode')}>
        <ChoiceList
          idPrefix="slot-mode"
          choices={visitModes.map((m) => ({ id: m, label: visitModeLabels[m] }))}
          selected={mode}
          onSelect={(id) => {
            setMode(id as VisitMode);
            setLocal(null);
          }}
        />
      </Field>
      <Field
        id={slotFieldId('place')}
        label={mode === 'home' ? '地点（可不填）' : '地点'}
        hint={placeHints[mode]}
        error={messageFor('place')}
      >
        <TextBox
          id="slot-place"
          value={place}
          placeholder={mode === 'enterprise' ? '如：鲁抗医药 厂区会议室' : '如：东门社区红帆驿站'}
          maxLength={60}
          onChange={(value) => {
            setPlace(value);
            setLocal(null);
          }}
        />
      </Field>
      <Field
        id={slotFieldId('capacity')}
        label="可接待人数"
        hint={slot && slot.seatsTaken > 0 ? `已有 ${slot.seatsTaken} 人预约` : '约满后居民可以候补'}
        error={messageFor('capacity')}
      >
        <View className="cd-stepper">
          <View
            id="slot-capacity-minus"
            className="cd-stepper__button"
            onClick={() => setCapacity((c) => String(Math.max(1, (Number(c) || 1) - 1)))}
          >
            －
          </View>
          <View className="cd-stepper__value">
            <TextBox
              id="slot-capacity"
              value={capacity}
              maxLength={2}
              onChange={(value) => {
                setCapacity(value.replace(/\D/g, ''));
                setLocal(null);
              }}
            />
          </View>
          <View
            id="slot-capacity-plus"
            className="cd-stepper__button"
            onClick={() => setCapacity((c) => String(Math.min(50, (Number(c) || 0) + 1)))}
          >
            ＋
          </View>
        </View>
      </Field>
    </Sheet>
  );
}
