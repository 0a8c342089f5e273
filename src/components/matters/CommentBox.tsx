import { Button, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { charCount, commentBodySchema } from '@domain/matters/text';
import type { CommentView } from '@domain/matters/views';
import './CommentBox.scss';

/**
 * Writing a comment or a reply. `onSubmit` resolves with an error message to show, or null when the
 * comment was taken (the box then empties).
 */
export function CommentBox({
  replyTo,
  onCancelReply,
  onSubmit,
}: {
  replyTo: CommentView | null;
  onCancelReply: () => void;
  onSubmit: (body: string, parentId: string | null) => Promise<string | null>;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  async function send() {
    if (sending) return;
    const checked = commentBodySchema.safeParse(body);
    if (!checked.success) return setError(checked.error.issues[0].message);
    setSending(true);
    setError('');
    try {
      const failure = await onSubmit(checked.data, replyTo?.id ?? null);
      if (failure) setError(failure);
      else setBody('');
    } finally {
      setSending(false);
    }
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
        onChange={(value) => {
          setBody(value);
          setError('');
        }}
      />
      <View className="mq-comment-box__foot">
        <View className="mq-comment-box__count">{charCount(body)}/500</View>
        <Button
          id="comment-submit"
          className="mq-comment-box__submit"
          type="primary"
          loading={sending}
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
