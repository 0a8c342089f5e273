import { View } from '@tarojs/components';
import './CardTitle.scss';

/** The heading of a card: 协商会（拉呱说事）, 您对办理结果满意吗？, 办理… */
export function CardTitle({ children }: { children: string }) {
  return <View className="mq-card-title">{children}</View>;
}
