import { View } from '@tarojs/components';
import { commentStateLabels, commentStateTones } from '@domain/matters/comments';
import type { CommentView } from '@domain/matters/views';
import { formatWhen } from '@domain/time';
import { QueueRow } from './QueueRow';
import { Tag } from '../../../components/Tag';

export type QueueComment = CommentView & { flagCount: number; matterTitle: string };

/** A comment waiting for review or reported; tapping it ticks it, the link opens its matter. */
export function CommentQueueItem({
  comment,
  selected,
  onToggle,
  onOpenMatter,
}: {
  comment: QueueComment;
  selected: boolean;
  onToggle: () => void;
  onOpenMatter: () => void;
}) {
  return (
    <QueueRow id={comment.id} label={comment.body} selected={selected} onToggle={onToggle} onOpen={onToggle}>
      <View className="cm-row__text">{comment.body}</View>
      <View className="cm-row__badges">
        <Tag tone={commentStateTones[comment.state]}>{commentStateLabels[comment.state]}</Tag>
        {comment.flagCount > 0 ? (
          <Tag tone="warn" id={`flag-count-${comment.id}`}>{`被举报 ${comment.flagCount} 次`}</Tag>
        ) : null}
        {comment.official ? <Tag>官方回复</Tag> : null}
      </View>
      <View className="mq-muted">
        {comment.author.name} · {formatWhen(comment.createdAt, Date.now())}
      </View>
      <View
        id={`queue-open-${comment.id}`}
        className="cm-row__link"
        onClick={(event) => {
          event.stopPropagation?.();
          onOpenMatter();
        }}
      >
        所属说事：{comment.matterTitle || '（已删除）'} ›
      </View>
    </QueueRow>
  );
}
