import { Text, View } from '@tarojs/components';
import { formatShanghai } from '@domain/time';

/**
 * `工作台 · 10:05 更新  刷新`: when the counts were read, and a tap to read them again. Pull-down does
 * the same in WeChat; a browser on a desktop has no pull gesture, so the tap is always shown.
 */
export function RefreshBar({
  title,
  updatedAt,
  busy,
  onRefresh,
}: {
  title: string;
  updatedAt: number | null;
  busy: boolean;
  onRefresh: () => void;
}) {
  return (
    <View className="mq-home-bar">
      <Text className="mq-home-bar__title">{title}</Text>
      <Text className="mq-muted" id="home-updated">
        {busy ? '正在更新…' : updatedAt ? `${formatShanghai(updatedAt, 'HH:mm')} 更新` : ''}
      </Text>
      <Text className="mq-home-bar__refresh" id="home-refresh" onClick={busy ? undefined : onRefresh}>
        刷新
      </Text>
    </View>
  );
}
