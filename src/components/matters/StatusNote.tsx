import { View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';
import { routes } from '@domain/routes';
import { replacePage } from '../../navigation';

/** A line above the matter when it is not simply public: waiting, refused (with the reason), hidden, merged. */
export function StatusNote({ matter, showPending }: { matter: MatterDetail; showPending: boolean }) {
  if (matter.state === 'rejected') {
    return (
      <View className="matter-status matter-status--rejected" id="rejection-reason">
        <View className="matter-status__title">这件说事未通过审核</View>
        {matter.rejectionReason ? <View className="mq-text">原因：{matter.rejectionReason}</View> : null}
        {matter.mine.isAuthor ? <View className="mq-muted">可以按原因修改后重新提出。</View> : null}
      </View>
    );
  }
  if (matter.state === 'pending_review' && showPending) {
    return (
      <View className="matter-status" id="pending-note">
        <View className="matter-status__title">等待社区居委会审核</View>
        <View className="mq-muted">审核通过后，本社区居民才能看到。</View>
      </View>
    );
  }
  if (matter.state === 'hidden') {
    return (
      <View className="matter-status" id="hidden-note">
        <View className="matter-status__title">这件说事已暂时隐藏</View>
        <View className="mq-muted">社区居委会正在复核。</View>
      </View>
    );
  }
  if (matter.mergedIntoId) {
    return (
      <View
        className="matter-status mq-tap"
        id="merged-note"
        onClick={() => void replacePage(routes.matter, { id: matter.mergedIntoId! })}
      >
        <View className="matter-status__title">已与相同的说事合并办理，点此查看 ›</View>
      </View>
    );
  }
  return null;
}
