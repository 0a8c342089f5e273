import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { categoryLabels } from '@domain/matters/categories';
import { stateLabels, stateTones } from '@domain/matters/states';
import type { MatterSummary } from '@domain/matters/views';
import { Tag } from '../Tag';
import './MatterTags.scss';

/**
 * A matter at a glance, the same row in every list and on every page: 置顶, its state and its
 * category; the committee (`forCommittee`) also sees that it is anonymous to residents. Tags a
 * page adds (reports, review) come as children. On the matter's own page (`onOwnPage`) the state
 * and the pin carry the ids matter-state and matter-pinned.
 */
export function MatterTags({
  matter,
  forCommittee = false,
  onOwnPage = false,
  children,
}: {
  matter: Pick<MatterSummary, 'pinned' | 'state' | 'category' | 'anonymous'>;
  forCommittee?: boolean;
  onOwnPage?: boolean;
  children?: ReactNode;
}) {
  return (
    <View className="mq-matter-tags">
      {matter.pinned ? (
        <Tag tone="alert" className="mq-matter-tags__pin" id={onOwnPage ? 'matter-pinned' : undefined}>
          置顶
        </Tag>
      ) : null}
      <Tag
        tone={stateTones[matter.state]}
        state={matter.state}
        className="mq-matter-tags__state"
        id={onOwnPage ? 'matter-state' : undefined}
      >
        {stateLabels[matter.state]}
      </Tag>
      <Tag className="mq-matter-tags__category">{categoryLabels[matter.category]}</Tag>
      {children}
      {forCommittee && matter.anonymous ? <Tag>对居民匿名</Tag> : null}
    </View>
  );
}
