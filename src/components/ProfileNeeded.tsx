import { routes } from '@domain/routes';
import { openPage } from '../navigation';
import { StateView } from './StateView';

/** A resident who has not chosen a community yet: why it matters here, and the way to the profile. */
export function ProfileNeeded({ why }: { why: string }) {
  return (
    <StateView
      kind="empty"
      title="请先完善个人资料"
      detail={why}
      actionText="去填写"
      onAction={() => void openPage(routes.profile)}
    />
  );
}
