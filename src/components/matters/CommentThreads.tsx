import { Text, View } from '@tarojs/components';
import type { CommentThread, CommentView } from '@domain/matters/views';
import { roleLabels } from '@domain/users';
import { Tag } from '../Tag';
import { FoldedText } from './FoldedText';
import { formatWhen } from '@domain/time';
import './CommentThreads.scss';

interface CommentActions {
  /** Offered when the viewer may comment: replies attach to the top-level comment. */
  onReply?: (comment: CommentView) => void;
  /** Offered to residents for others' visible comments. */
  onFlag?: (comment: CommentView) => void;
  viewerId: string;
}

/** Comments with one level of replies; replies from the committee or a cadre are marked 官方回复. */
export function CommentThreads({ threads, ...actions }: { threads: CommentThread[] } & CommentActions) {
  return (
    <View className="mq-comments" id="comment-list">
      {threads.map((thread) => (
        <View key={thread.id} className="mq-comments__thread">
          <CommentItem comment={thread} {...actions} />
          {thread.replies.length ? (
            <View className="mq-comments__replies">
              {thread.replies.map((reply) => (
                <CommentItem key={reply.id} comment={reply} {...actions} />
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}

function CommentItem({ comment, onReply, onFlag, viewerId }: { comment: CommentView } & CommentActions) {
  const mine = comment.author.id === viewerId;
  return (
    <View className={`mq-comment ${comment.official ? 'mq-comment--official' : ''}`} id={`comment-${comment.id}`}>
      <View className="mq-comment__head">
        <Text className="mq-comment__author">{comment.author.name}</Text>
        {comment.official ? (
          <Tag tone="alert" className="mq-comment__official">
            官方回复
          </Tag>
        ) : comment.author.role && comment.author.role !== 'resident' ? (
          <Tag tone="news" className="mq-comment__role">
            {roleLabels[comment.author.role]}
          </Tag>
        ) : null}
        {comment.state === 'pending_review' ? (
          <Tag tone="warn" className="mq-comment__pending">
            审核中，仅您可见
          </Tag>
        ) : null}
      </View>
      <FoldedText id={`comment-${comment.id}-body`} className="mq-comment__body" text={comment.body} kind="comment" />
      <View className="mq-comment__foot">
        <Text className="mq-comment__time">{formatWhen(comment.createdAt, Date.now())}</Text>
        {onReply && comment.state === 'visible' ? (
          <View className="mq-comment__action" id={`reply-${comment.id}`} onClick={() => onReply(comment)}>
            回复
          </View>
        ) : null}
        {onFlag && !mine && comment.state === 'visible' ? (
          <View
            className="mq-comment__action mq-comment__action--quiet"
            id={`flag-comment-${comment.id}`}
            onClick={() => onFlag(comment)}
          >
            举报
          </View>
        ) : null}
      </View>
    </View>
  );
}
