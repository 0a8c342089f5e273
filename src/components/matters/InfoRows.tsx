import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './InfoRows.scss';

/** A label-and-value row inside a card (时间、地点、部门…); rows without a value are left out. */
export function InfoRow({ label, children, id }: { label: string; children: ReactNode; id?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <View className="mq-info-row" id={id}>
      <View className="mq-info-row__label">{label}</View>
      <View className="mq-info-row__value">{children}</View>
    </View>
  );
}
