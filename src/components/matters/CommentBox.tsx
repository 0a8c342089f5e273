import { Button, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { commentBodySchema } from '@domain/matters/text';
import { charCount } from '@domain/text';
import type { CommentView } from '@domain/matters/views';
import './CommentBox.scss';
import type { Command, Submitted } from '../../hooks/useCommand';

/**
 * Writing a comment or a reply, sent with the page's `command`; once the comment was taken the
 * box empties.
 */
export function CommentBox({
  replyTo,
  command,
  onCancelReply,
  onSubmit,
  focusRequest = 0,
}: {
  replyTo: CommentView | null;
  /** Raised by 写评论 and 回复: each new value puts the cursor in the box. */
  focusRequest?: number;
  command: Command;
  onCancelReply: () => void;
  onSubmit: (body: string, parentId: string | null) => Promise<Submitted<unknown>>;
}) {
  const [body, setBody] = useState('');
  const [focused, setFocused] = useState(false);
  const error = command.error?.message ?? '';

  // The textarea's `focus` attribute (weapp, and Taro's h5 textarea) puts the cursor in when it
  // turns true; it turns false again on blur so the next request turns it true anew.
  useEffect(() => {
    if (focusRequest > 0) setFocused(true);
  }, [focusRequest]);

  async function send() {
    const checked = commentBodySchema.safeParse(body);
    if (!checked.success) return command.refuse(checked.error.issues[0].message);
    const sent = await onSubmit(checked.data, replyTo?.id ?? null);
    if (sent.ok) setBody('');
  }

  return (
    <View className="mq-comment-box" id="comment-box">
      {replyTo ? (
        <View className="mq-comment-box__reply" id="reply-to">
          <View className="mq-comment-box__reply-text">回复 {replyTo.author.name}：</View>
          <View className="mq-comment-box__reply-cancel" id="reply-cancel" onClick={onCancelReply}>
            不回复了
          </View>
        </View>
      ) : null}
      <TextArea
        id="comment-input"
        className="mq-comment-box__input"
        value={body}
        placeholder={replyTo ? '写下您的回复' : '说说您的看法（文明发言）'}
        maxLength={500}
        rows={3}
        autoSize
        focus={focused}
        onBlur={() => setFocused(false)}
        onChange={(value) => {
          setBody(value);
          command.clearError();
        }}
      />
      <View className="mq-comment-box__foot">
        <View className="mq-comment-box__count">{charCount(body)}/500</View>
        <Button
          id="comment-submit"
          className="mq-comment-box__submit"
          type="primary"
          loading={command.busy}
          onClick={() => void send()}
        >
          {replyTo ? '回复' : '发表评论'}
        </Button>
      </View>
      {error ? (
        <View className="mq-comment-box__error" id="comment-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
