import { View } from '@tarojs/components';
import { PhoneVerification } from '../../../components/account/PhoneVerification';
import { CommentBox } from '../../../components/matters/CommentBox';
import { CommentsSection } from '../../../components/matters/CommentsSection';
import type { MatterDetail } from '@domain/matters/views';
import type { useCommentWriting } from './useCommentWriting';
import type { useMatterTalk } from './useMatterTalk';

/**
 * 评论: open once the matter is public (the author is told so while it waits for review); the
 * note under the list says what happened to the comment just sent.
 */
export function MatterComments({
  matter,
  viewerId,
  canComment,
  mustVerifyPhone,
  canFlag,
  talk,
  writing,
}: {
  matter: MatterDetail;
  viewerId: string;
  canComment: boolean;
  /** A resident whose phone WeChat has not vouched for yet: verifying comes before the box. */
  mustVerifyPhone: boolean;
  canFlag: boolean;
  talk: ReturnType<typeof useMatterTalk>;
  writing: ReturnType<typeof useCommentWriting>;
}) {
  if (matter.state === 'pending_review') {
    return <View className="mq-muted matter-comment-closed">审核通过、公开以后，邻居们就能在这里评论。</View>;
  }
  return (
    <>
      <View className="mq-section-title" id="comments">
        评论 {matter.commentCount}
      </View>
      <View className="mq-card">
        <CommentsSection
          list={talk.comments}
          viewerId={viewerId}
          onReply={
            canComment
              ? (comment) => {
                  talk.setReplyTo(comment);
                  writing.write();
                }
              : undefined
          }
          onFlag={canFlag ? (c) => talk.startFlag({ type: 'comment', id: c.id }) : undefined}
        />
        {talk.commentNote ? (
          <View className="matter-comment-note" id="comment-note" role="status">
            {talk.commentNote}
          </View>
        ) : null}
        {canComment && mustVerifyPhone ? <PhoneVerification why="发表评论前需要先验证一次手机号。" /> : null}
        {canComment && !mustVerifyPhone ? (
          <CommentBox
            replyTo={talk.replyTo}
            command={talk.commenting}
            onCancelReply={() => talk.setReplyTo(null)}
            onSubmit={talk.sendComment}
            focusRequest={writing.focusRequest}
          />
        ) : null}
      </View>
    </>
  );
}
