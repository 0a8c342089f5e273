import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';
import './MatterBar.scss';

export interface MatterBarProps {
  matter: Pick<MatterDetail, 'supportCount' | 'mine'>;
  canSupport: boolean;
  canFollow: boolean;
  canComment: boolean;
  busy: 'support' | 'follow' | 'anonymity' | null;
  onSupport: () => void;
  onFollow: () => void;
  onWrite: () => void;
}

/** Whether the bar has anything to offer this viewer (an admin, for one, only reads). */
export function hasMatterBar({
  canSupport,
  canFollow,
  canComment,
}: Pick<MatterBarProps, 'canSupport' | 'canFollow' | 'canComment'>) {
  return canSupport || canFollow || canComment;
}

/**
 * The matter page's bottom bar, always in reach however long the matter and its talk: 附议 with
 * its count, 关注, and 写评论 (which takes the viewer to the comment box). Each is offered only
 * when this viewer may do it; the page pads its end so the bar covers nothing.
 */
export function MatterBar({
  matter,
  canSupport,
  canFollow,
  canComment,
  busy,
  onSupport,
  onFollow,
  onWrite,
}: MatterBarProps) {
  if (!hasMatterBar({ canSupport, canFollow, canComment })) return null;
  return (
    <View className="mq-matter-bar" id="matter-bar">
      {canSupport ? (
        <View className="mq-matter-bar__item">
          <Button
            id="support-button"
            className="mq-matter-bar__button"
            type="primary"
            fill={matter.mine.supported ? 'outline' : 'solid'}
            loading={busy === 'support'}
            onClick={onSupport}
          >
            {matter.mine.supported ? '取消附议' : '附议'}
          </Button>
          <Text className="mq-matter-bar__count" id="bar-support-count" aria-label={`${matter.supportCount}人附议`}>
            {matter.supportCount}
          </Text>
        </View>
      ) : null}
      {canFollow ? (
        <View className="mq-matter-bar__item">
          <Button
            id="follow-button"
            className="mq-matter-bar__button"
            type="primary"
            fill="outline"
            loading={busy === 'follow'}
            onClick={onFollow}
          >
            {matter.mine.following ? '取消关注' : '关注'}
          </Button>
        </View>
      ) : null}
      {canComment ? (
        <View className="mq-matter-bar__item">
          <Button id="write-comment" className="mq-matter-bar__button" type="default" onClick={onWrite}>
            写评论
          </Button>
        </View>
      ) : null}
    </View>
  );
}
