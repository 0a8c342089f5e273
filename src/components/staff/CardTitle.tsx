import { View } from '@tarojs/components';
import './CardTitle.scss';

/** The heading of a card on the control panel. */
export function CardTitle({ children }: { children: string }) {
  return <View className="cm-card-title">{children}</View>;
}
