import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';
import { CardTitle } from '../../../components/CardTitle';
import { panelActionLabel, panelActions, suggestedAction, type PanelAction } from './panelActions';
import './ActionPanel.scss';

/** The committee's buttons for this matter, only those its state allows. */
export function ActionPanel({
  matter,
  openCase = false,
  busy,
  onAction,
}: {
  matter: MatterDetail;
  /** A case of the matter is open (街呼区应): its holder answers, not the committee. */
  openCase?: boolean;
  busy: PanelAction | null;
  onAction: (action: PanelAction) => void;
}) {
  const actions = panelActions(matter, openCase);
  const suggested = suggestedAction(matter);
  return (
    <View className="mq-card" id="action-panel">
      <CardTitle>办理</CardTitle>
      {actions.length === 0 ? (
        <View className="mq-muted" id="no-actions">
          这件说事已结束，没有可进行的操作
        </View>
      ) : (
        <View className="cm-panel">
          {actions.map((action) => (
            <Button
              key={action}
              id={`action-${action}`}
              className="cm-panel__button"
              type="primary"
              fill={action === suggested ? 'solid' : 'outline'}
              loading={busy === action}
              disabled={busy !== null}
              onClick={() => onAction(action)}
            >
              {panelActionLabel(action, matter)}
            </Button>
          ))}
        </View>
      )}
    </View>
  );
}
