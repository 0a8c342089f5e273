import { View } from '@tarojs/components';
import type { TimelineEntryView } from '@domain/matters/views';
import { formatShanghai } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { actorRoleLabels } from '@domain/matters/labels';
import './Timeline.scss';

/** The public record of every step, newest first. */
export function Timeline({ entries }: { entries: TimelineEntryView[] }) {
  const newestFirst = [...entries].sort((a, b) => b.at - a.at);
  return (
    <View className="mq-card" id="timeline">
      <CardTitle>办理进程</CardTitle>
      {newestFirst.map((entry, index) => (
        <View key={entry.id} className={`cm-timeline__entry ${index === 0 ? 'cm-timeline__entry--latest' : ''}`}>
          <View className="cm-timeline__dot" />
          <View className="cm-timeline__content">
            <View className="cm-timeline__label">{entry.label}</View>
            {entry.note ? <View className="cm-timeline__note">{entry.note}</View> : null}
            <View className="mq-muted">
              {formatShanghai(entry.at, 'YYYY年M月D日 HH:mm')} · {actorRoleLabels[entry.actorRole]}
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
