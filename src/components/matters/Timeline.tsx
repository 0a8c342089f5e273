import { Text, View } from '@tarojs/components';
import type { TimelineEntryView } from '@domain/matters/views';
import { fullTime } from './format';
import { actorRoleLabels } from '@domain/matters/labels';
import './Timeline.scss';

/** The public record of every step the matter took: what happened, who did it, when, and why. */
export function Timeline({ entries }: { entries: TimelineEntryView[] }) {
  return (
    <View className="mq-timeline" id="timeline">
      {entries.map((entry, index) => (
        <View
          key={entry.id}
          className={`mq-timeline__entry ${index === entries.length - 1 ? 'mq-timeline__entry--last' : ''}`}
          id={`timeline-${entry.id}`}
        >
          <View className="mq-timeline__rail">
            <View className="mq-timeline__dot" />
          </View>
          <View className="mq-timeline__body">
            <View className="mq-timeline__label">{entry.label}</View>
            {entry.note ? <View className="mq-timeline__note">{entry.note}</View> : null}
            <Text className="mq-timeline__meta">
              {actorRoleLabels[entry.actorRole]} · {fullTime(entry.at)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
