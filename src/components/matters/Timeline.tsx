import { Text, View } from '@tarojs/components';
import { actorRoleLabels } from '@domain/matters/labels';
import type { TimelineEntryView } from '@domain/matters/views';
import { fullTime } from './format';
import './Timeline.scss';

/**
 * The public record of every step the matter took: what happened, why, who did it and when, the
 * latest step marked. Residents read it as a story, oldest first; the committee's control panel
 * wants the latest on top (`newestFirst`).
 */
export function Timeline({ entries, newestFirst = false }: { entries: TimelineEntryView[]; newestFirst?: boolean }) {
  const ordered = [...entries].sort((a, b) => (newestFirst ? b.at - a.at : a.at - b.at));
  const latest = newestFirst ? 0 : ordered.length - 1;
  return (
    <View className="mq-timeline" id="timeline">
      {ordered.map((entry, index) => (
        <View
          key={entry.id}
          className={[
            'mq-timeline__entry',
            index === latest ? 'mq-timeline__entry--latest' : '',
            index === ordered.length - 1 ? 'mq-timeline__entry--last' : '',
          ]
            .filter(Boolean)
            .join(' ')}
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
