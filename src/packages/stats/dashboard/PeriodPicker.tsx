import { View } from '@tarojs/components';
import { periodKindLabels, periodKinds, type PeriodChoice, type PeriodKind } from '@domain/stats/period';
import type { ShanghaiDate } from '@domain/time';
import { ChoiceList } from '../../../components/ChoiceList';
import { DateField } from '../../../components/staff/DateField';
import { addDays, shanghaiToday } from '../../../components/staff/dates';

/** How far back a custom range may start: the server keeps at most three years in one period. */
const EARLIEST_DAYS = 3 * 365;

/** A newly chosen 自定义 starts as this month so far; the person moves either end. */
function customDefault(): PeriodChoice {
  const today = shanghaiToday();
  return { kind: 'custom', from: `${today.slice(0, 8)}01`, to: today };
}

/** 本月 / 上月 / 今年 / 自定义 as one row of big buttons; 自定义 adds a start and an end date. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  const today = shanghaiToday();
  const choose = (kind: string) =>
    onChange(kind === 'custom' ? customDefault() : { kind: kind as Exclude<PeriodKind, 'custom'> });
  const setEnd = (end: 'from' | 'to', date: ShanghaiDate) => onChange({ ...value, [end]: date });
  return (
    <View className="st-period">
      <ChoiceList
        idPrefix="period"
        choices={periodKinds.map((kind) => ({ id: kind, label: periodKindLabels[kind] }))}
        selected={value.kind}
        onSelect={choose}
      />
      {value.kind === 'custom' && value.from && value.to ? (
        <View className="st-period__range">
          <View className="st-period__end">
            <View className="mq-muted">开始日期</View>
            <DateField
              id="period-from"
              title="开始日期"
              value={value.from}
              min={addDays(today, -EARLIEST_DAYS)}
              max={value.to}
              onChange={(date) => setEnd('from', date)}
            />
          </View>
          <View className="st-period__end">
            <View className="mq-muted">结束日期</View>
            <DateField
              id="period-to"
              title="结束日期"
              value={value.to}
              min={value.from}
              max={today}
              onChange={(date) => setEnd('to', date)}
            />
          </View>
        </View>
      ) : null}
    </View>
  );
}
