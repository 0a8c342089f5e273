import { DatePicker } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { formatShanghaiDay, type ShanghaiDate } from '@domain/time';
import './DateField.scss';

/** A `YYYY-MM-DD` date as the picker's Date (its calendar fields only; the zone does not matter). */
function toPickerDate(date: ShanghaiDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function fromPickerValues(values: readonly unknown[]): ShanghaiDate {
  const [y, m, d] = values.map((v) => String(v).padStart(2, '0'));
  return `${y}-${m}-${d}`;
}

/**
 * A calendar date in Asia/Shanghai, shown as `12月5日 周六` and changed with NutUI's date
 * picker. `min` and `max` bound the choice (both `YYYY-MM-DD`).
 */
export function DateField({
  id,
  value,
  min,
  max,
  title = '选择日期',
  onChange,
}: {
  id: string;
  value: ShanghaiDate;
  min: ShanghaiDate;
  max: ShanghaiDate;
  title?: string;
  onChange: (date: ShanghaiDate) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View>
      <View id={id} className="cm-date" data-value={value} onClick={() => setOpen(true)}>
        <View className="cm-date__value">{formatShanghaiDay(value)}</View>
        <View className="cm-date__change">改日期</View>
      </View>
      {open ? (
        <DatePicker
          visible
          type="date"
          title={title}
          showChinese
          value={toPickerDate(value)}
          startDate={toPickerDate(min)}
          endDate={toPickerDate(max)}
          onClose={() => setOpen(false)}
          onConfirm={(_options, values) => {
            onChange(fromPickerValues(values));
            setOpen(false);
          }}
        />
      ) : null}
    </View>
  );
}
