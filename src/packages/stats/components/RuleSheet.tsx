import { Button, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';

export interface RuleEntry {
  label: string;
  rule: string;
}

/**
 * The 口径 (exact counting rule) of one figure, or of each column of a table, in a sheet from the
 * bottom: what anyone asked "how is this counted?" reads out.
 */
export function RuleSheet({ title, entries, onClose }: { title: string; entries: RuleEntry[]; onClose: () => void }) {
  const single = entries.length === 1;
  return (
    <Popup visible position="bottom" round closeable title={title} onClose={onClose}>
      <View className="st-rule" id="figure-rule">
        {entries.map((entry) => (
          <View key={entry.label} className="st-rule__text">
            {single ? entry.rule : `${entry.label}：${entry.rule}`}
          </View>
        ))}
        <Button id="figure-rule-close" type="primary" block className="st-rule__close" onClick={onClose}>
          知道了
        </Button>
      </View>
    </Popup>
  );
}
