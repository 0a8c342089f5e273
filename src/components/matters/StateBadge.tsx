import { Text } from '@tarojs/components';
import { stateLabels, type MatterState } from '@domain/matters/states';
import { stateTone } from './labels';
import './StateBadge.scss';

/** A matter's state in words, coloured by where it stands (waiting, in progress, solved, ended). */
export function StateBadge({ state }: { state: MatterState }) {
  return <Text className={`mq-state-badge mq-state-badge--${stateTone(state)}`}>{stateLabels[state]}</Text>;
}
