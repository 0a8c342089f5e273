import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './InfoRow.scss';

/** `地点  东门社区红帆驿站`: one labelled line of a record. */
export function InfoRow({ label, children, id }: { label: string; children: ReactNode; id?: string }) {
  return (
    <View className="cm-info" id={id}>
      <View className="cm-info__label">{label}</View>
      <View className="cm-info__value">{children}</View>
    </View>
  );
}
