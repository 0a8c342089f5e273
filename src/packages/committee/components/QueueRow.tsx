import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { CheckBox } from './CheckBox';
import './QueueRow.scss';

/** One queue item: the tick box on the left, what it is on the right. */
export function QueueRow({
  id,
  label,
  selected,
  onToggle,
  onOpen,
  children,
}: {
  id: string;
  label: string;
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <View className={`cm-row ${selected ? 'cm-row--selected' : ''}`}>
      <CheckBox id={`queue-check-${id}`} checked={selected} label={`选择：${label}`} onToggle={onToggle} />
      <View id={`queue-item-${id}`} className="cm-row__body" onClick={onOpen}>
        {children}
      </View>
    </View>
  );
}
