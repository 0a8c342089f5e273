import { Text, View } from '@tarojs/components';
import { actorRoleLabels } from '@domain/matters/labels';
import type { TimelineEntryView } from '@domain/matters/views';
import { formatWhen } from '@domain/time';
import './Timeline.scss';

/**
 * The public record of every step the matter took: what happened, why, who did it and when. The
 * same order for everyone, newest on top and marked: whoever opens a matter first asks where it
 * stands now, and on a long record oldest-first puts that answer at the bottom. Steps of the same
 * millisecond keep the server's order (by id), reversed with the rest.
 */
export function Timeline({ entries }: { entries: TimelineEntryView[] }) {
  const ordered = [...entries].sort((a, b) => a.at - b.at).reverse();
  const latest = 0;
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
              {actorRoleLabels[entry.actorRole]} · {formatWhen(entry.at, Date.now())}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
