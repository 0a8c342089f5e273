import { Button } from '@nutui/nutui-react-taro';
import { Button as TaroButton, Text, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';

export interface MatterActionsProps {
  matter: MatterDetail;
  canSupport: boolean;
  canFollow: boolean;
  canFlag: boolean;
  isResident: boolean;
  busy: 'support' | 'follow' | 'anonymity' | null;
  onSupport: () => void;
  onFollow: () => void;
  onFlag: () => void;
}

/** The counts under a matter and what a resident can do: 附议, 关注, 举报, share to a chat (weapp). */
export function MatterActions({
  matter,
  canSupport,
  canFollow,
  canFlag,
  isResident,
  busy,
  onSupport,
  onFollow,
  onFlag,
}: MatterActionsProps) {
  return (
    <View className="mq-card matter-actions" id="matter-actions">
      <View className="matter-actions__counts">
        <Count id="support-count" value={matter.supportCount} unit="人附议" />
        <Count id="follower-count" value={matter.followerCount} unit="人关注" />
        <Count id="comment-count" value={matter.commentCount} unit="条评论" />
      </View>
      <View className="matter-actions__buttons">
        {canSupport ? (
          <Button
            id="support-button"
            className="matter-actions__button"
            type="primary"
            fill={matter.mine.supported ? 'outline' : 'solid'}
            loading={busy === 'support'}
            onClick={onSupport}
          >
            {matter.mine.supported ? '取消附议' : '附议'}
          </Button>
        ) : null}
        {canFollow ? (
          <Button
            id="follow-button"
            className="matter-actions__button"
            type="primary"
            fill="outline"
            loading={busy === 'follow'}
            onClick={onFollow}
          >
            {matter.mine.following ? '取消关注' : '关注'}
          </Button>
        ) : null}
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
