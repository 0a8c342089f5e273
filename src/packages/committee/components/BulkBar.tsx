import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { decisionLabels, type Decision } from './labels';
import './BulkBar.scss';

/** The bulk decisions for the ticked items, fixed at the bottom of the screen. */
export function BulkBar({
  decisions,
  selectedCount,
  busy,
  onDecide,
}: {
  decisions: readonly Decision[];
  selectedCount: number;
  busy: Decision | null;
  onDecide: (decision: Decision) => void;
}) {
  const none = selectedCount === 0;
  return (
    <View className="cm-bulk" id="bulk-bar">
      <View className="cm-bulk__count" id="bulk-count">
        {none ? '请先勾选要处理的内容' : `已选 ${selectedCount} 项`}
      </View>
      <View className="cm-bulk__buttons">
        {decisions.map((decision) => (
          <Button
            key={decision}
            id={`bulk-${decision}`}
            className="cm-bulk__button"
            type={decision === 'approve' ? 'primary' : 'default'}
            fill={decision === 'approve' ? 'solid' : 'outline'}
            disabled={none || busy !== null}
            loading={busy === decision}
            onClick={() => onDecide(decision)}
          >
            {decisionLabels[decision]}
          </Button>
        ))}
      </View>
    </View>
  );
}
