import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './InfoRow.scss';

/**
 * `地点  东门社区红帆驿站`: a label-and-value row of a card or a sheet, for residents and staff alike.
 * A row without a value is left out; to say that something is still missing (尚未答复), pass the
 * words as the value.
 */
export function InfoRow({ label, children, id }: { label: string; children: ReactNode; id?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <View className="mq-info-row" id={id}>
      <View className="mq-info-row__label">{label}</View>
      <View className="mq-info-row__value">{children}</View>
    </View>
  );
}
