import { Button as TaroButton, Text, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';

export interface MatterActionsProps {
  matter: MatterDetail;
  canSupport: boolean;
  canFlag: boolean;
  isResident: boolean;
  onFlag: () => void;
}

/**
 * The counts under a matter, what 附议 is for, and the quieter actions: 举报 and share to a chat
 * (weapp). 附议, 关注 and 写评论 stay in reach in the page's bottom bar (MatterBar).
 */
export function MatterActions({ matter, canSupport, canFlag, isResident, onFlag }: MatterActionsProps) {
  return (
    <View className="mq-card matter-actions" id="matter-actions">
      <View className="matter-actions__counts">
        <Count id="support-count" value={matter.supportCount} unit="人附议" />
        <Count id="follower-count" value={matter.followerCount} unit="人关注" />
        <Count id="comment-count" value={matter.commentCount} unit="条评论" />
      </View>
      {matter.mine.isAuthor && isResident ? (
        <View className="mq-muted matter-actions__note">这是您提出的说事，有进展会通知您。</View>
      ) : canSupport && !matter.mine.supported ? (
        <View className="mq-muted matter-actions__note">
          您也遇到这件事？点「附议」，附议的人越多，越会优先商量解决。
        </View>
      ) : null}
      <View className="matter-actions__links">
        {canFlag ? (
          <View className="matter-actions__link" id="flag-button" onClick={onFlag}>
            举报
          </View>
        ) : null}
        {process.env.TARO_ENV === 'weapp' ? (
          <TaroButton className="matter-actions__share" openType="share" id="share-button">
            分享给邻居
          </TaroButton>
        ) : null}
      </View>
    </View>
  );
}

function Count({ id, value, unit }: { id: string; value: number; unit: string }) {
  return (
    <View className="matter-actions__count">
      <Text className="matter-actions__number" id={id}>
        {value}
      </Text>
      <Text className="mq-muted">{unit}</Text>
    </View>
  );
}
