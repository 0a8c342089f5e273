import { DatePicker } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import './DateField.scss';

/** `19:30` as the picker's Date (only its hours and minutes matter). */
function toPickerDate(time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return new Date(2000, 0, 1, hour, minute);
}

const two = (value: unknown) => String(value).padStart(2, '0');

/**
 * A wall-clock time in Asia/Shanghai (`HH:mm`), shown big and changed with NutUI's hour and minute
 * picker in steps of 5 minutes; the page pairs it with a date (DateField).
 */
export function TimeField({
  id,
  value,
  title = '选择时间',
  onChange,
}: {
  id: string;
  value: string;
  title?: string;
  onChange: (time: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View>
      <View id={id} className="cm-date" data-value={value} onClick={() => setOpen(true)}>
        <View className="cm-date__value">{value}</View>
        <View className="cm-date__change">改时间</View>
      </View>
      {open ? (
        <DatePicker
          visible
          type="hour-minutes"
          title={title}
          showChinese
          minuteStep={5}
          value={toPickerDate(value)}
          onClose={() => setOpen(false)}
          onConfirm={(_options, values) => {
            onChange(`${two(values[0])}:${two(values[1])}`);
            setOpen(false);
          }}
        />
      ) : null}
    </View>
  );
}
