import { Text, View } from '@tarojs/components';

/**
 * One count on a workbench: a big number, what it counts, and a line of detail. Tapping opens the
 * page where the counted things are handled; a zero stays quiet and, with nothing to do, taps nowhere.
 * `urgent` turns a non-zero count red (逾期).
 */
export function CountTile({
  id,
  label,
  count,
  detail,
  urgent = false,
  onOpen,
}: {
  id: string;
  label: string;
  count: number;
  detail?: string;
  urgent?: boolean;
  onOpen?: () => void;
}) {
  const tone = count === 0 ? 'quiet' : urgent ? 'alert' : 'news';
  return (
    <View
      id={id}
      className={`mq-count-tile mq-count-tile--${tone}`}
      data-count={count}
      onClick={count > 0 ? onOpen : undefined}
    >
      <Text className="mq-count-tile__count">{count}</Text>
      <Text className="mq-count-tile__label">{label}</Text>
      {detail ? <Text className="mq-count-tile__detail">{detail}</Text> : null}
    </View>
  );
}
