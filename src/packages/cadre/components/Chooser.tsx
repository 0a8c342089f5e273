import { View } from '@tarojs/components';
import { ChoiceList } from '../../../components/ChoiceList';
import { communityNames } from '@domain/places';
import { formatShanghaiDay } from '@domain/time';
import { useSession } from '../../../state/session';

/** 社区: the cadre's communities as big choices (just the name when there is one). */
export function CommunityChooser({
  communityIds,
  selected,
  onSelect,
}: {
  communityIds: readonly string[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { directory } = useSession();
  const name = (id: string) => (directory ? communityNames(directory, [id]) : id);
  return (
    <View>
      <View className="cd-chooser__label">社区</View>
      {communityIds.length > 1 ? (
        <ChoiceList
          idPrefix="community"
          choices={communityIds.map((id) => ({ id, label: name(id) }))}
          selected={selected}
          onSelect={onSelect}
        />
      ) : (
        <View className="mq-title" id="community-name">
          {name(selected)}
        </View>
      )}
    </View>
  );
}

export interface DayChoice {
  date: string;
  moved?: boolean;
}

/** 接访日: `12月5日 周六`, a moved day marked 调整. */
export function DayChooser({
  days,
  selected,
  onSelect,
  label = '接访日',
}: {
  days: readonly DayChoice[];
  selected: string;
  onSelect: (date: string) => void;
  label?: string;
}) {
  return (
    <View>
      <View className="cd-chooser__label cd-chooser__label--second">{label}</View>
      <ChoiceList
        idPrefix="day"
        choices={days.map((d) => ({ id: d.date, label: `${formatShanghaiDay(d.date)}${d.moved ? '（调整）' : ''}` }))}
        selected={selected}
        onSelect={onSelect}
      />
    </View>
  );
}
