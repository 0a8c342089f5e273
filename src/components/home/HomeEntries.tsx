import { Text, View } from '@tarojs/components';

export interface HomeEntry {
  id: string;
  name: string;
  hint: string;
  open: () => unknown;
}

/** The role's tools, one tap from home (they used to sit under 设置 in 我的, and still do there). */
export function HomeEntries({ entries }: { entries: readonly HomeEntry[] }) {
  return (
    <View className="mq-home-entries">
      {entries.map((entry) => (
        <View key={entry.id} id={entry.id} className="mq-home-entry" onClick={() => void entry.open()}>
          <Text className="mq-home-entry__name">{entry.name}</Text>
          <Text className="mq-muted">{entry.hint}</Text>
        </View>
      ))}
    </View>
  );
}
