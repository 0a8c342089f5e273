import { Text } from '@tarojs/components';
import { stateLabels, type MatterState } from '@domain/matters/states';
import '../../../components/staff/Badge.scss';

const tone: Record<MatterState, 'warn' | 'active' | 'done' | 'ended'> = {
  pending_review: 'warn',
  open: 'active',
  consulting: 'active',
  escalated: 'warn',
  resolved: 'done',
  closed: 'ended',
  rejected: 'ended',
  hidden: 'ended',
  closed_unresolved: 'ended',
  referred: 'ended',
};

/** A matter's state as a small coloured label. */
export function StateBadge({ state, id }: { state: MatterState; id?: string }) {
  return (
    <Text id={id} className={`cm-badge cm-badge--${tone[state]}`} data-state={state}>
      {stateLabels[state]}
    </Text>
  );
}
