import { View } from '@tarojs/components';
import type { StationView } from '@domain/service/views';
import { ChoiceList } from '../../../components/ChoiceList';
import { DateField } from '../../../components/staff/DateField';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { TimeField } from '../../../components/staff/TimeField';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { deadlineChoices, endsNextDay, type ActivityDraft, type DeadlineChoice } from './activityForm';

const NO_STATION = 'none';

/** The fields of a new activity; each says its own complaint (the form's or the server's). */
export function ActivityFields({
  draft,
  stations,
  messageFor,
  onChange,
}: {
  draft: ActivityDraft;
  stations: StationView[];
  messageFor: (path: string) => string | undefined;
  onChange: (next: Partial<ActivityDraft>) => void;
}) {
  const today = shanghaiToday();
  const stationChoices = [
    { id: NO_STATION, label: '居委会自办' },
    ...stations.map((s) => ({ id: s.id, label: s.name })),
  ];
  function chooseStation(id: string) {
    const station = stations.find((s) => s.id === id) ?? null;
    // Held at a station, it is usually held there: its address fills an empty place.
    const place = station && !draft.place.trim() ? `${station.name}（${station.address}）`.slice(0, 60) : draft.place;
    onChange({ stationId: station?.id ?? null, place });
  }
  return (
    <View>
      <Field id="activity-field-title" label="活动名称" error={messageFor('title')}>
        <TextBox
          id="activity-title"
          value={draft.title}
          placeholder="如：敬老院包饺子"
          maxLength={30}
          onChange={(title) => onChange({ title })}
        />
      </Field>
      <Field id="activity-field-description" label="活动说明（可不填）" error={messageFor('description')}>
        <TextBox
          id="activity-description"
          multiline
          value={draft.description}
          placeholder="做什么、带什么、找谁报到"
          maxLength={300}
          onChange={(description) => onChange({ description })}
        />
      </Field>
      {stations.length ? (
        <Field label="红帆驿站（可不选）" hint="选了驿站，居民在驿站卡片上就能看到这个活动">
          <ChoiceList
            idPrefix="activity-station"
            choices={stationChoices}
            selected={draft.stationId ?? NO_STATION}
            onSelect={chooseStation}
          />
        </Field>
      ) : null}
      <Field id="activity-field-place" label="地点" error={messageFor('place')}>
        <TextBox
          id="activity-place"
          value={draft.place}
          placeholder="如：东门社区红帆驿站二楼"
          maxLength={60}
          onChange={(place) => onChange({ place })}
        />
      </Field>
      <Field id="activity-field-startAt" label="日期" error={messageFor('startAt')}>
        <DateField
          id="activity-date"
          value={draft.date}
          min={today}
          max={addDays(today, 180)}
          onChange={(date) => onChange({ date })}
        />
      </Field>
      <View className="an-times">
        <Field label="开始（北京时间）">
          <TimeField
            id="activity-start"
            title="开始时间"
            value={draft.start}
            onChange={(start) => onChange({ start })}
          />
        </Field>
        <Field id="activity-field-endAt" label="结束" error={messageFor('endAt')}>
          <TimeField id="activity-end" title="结束时间" value={draft.end} onChange={(end) => onChange({ end })} />
        </Field>
      </View>
      {endsNextDay(draft) ? (
        <View className="an-next-day" id="activity-next-day">
          结束时间早于开始时间，按第二天{draft.end}结束（跨过午夜）
        </View>
      ) : null}
      <Field id="activity-field-headcount" label="需要人数" error={messageFor('headcount')}>
        <TextBox
          id="activity-headcount"
          value={draft.headcount}
          maxLength={3}
          onChange={(headcount) => onChange({ headcount })}
        />
      </Field>
      <Field
        id="activity-field-signUpClosesAt"
        label="报名截止"
        hint="截止后不能再报名或取消报名"
        error={messageFor('signUpClosesAt')}
      >
        <ChoiceList
          idPrefix="activity-deadline"
          choices={deadlineChoices.map(({ id, label }) => ({ id, label }))}
          selected={draft.deadline}
          onSelect={(id) => onChange({ deadline: id as DeadlineChoice })}
        />
      </Field>
    </View>
  );
}
