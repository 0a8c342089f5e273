import { Rate } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ratingSchema, thanksSchema } from '@domain/service/inputs';
import { CardTitle } from '../../../components/CardTitle';
import { OutcomeNote } from '../../../components/matters/OutcomeNote';
import { SubmitBar } from '../../../components/SubmitBar';
import type { Command } from '../../../hooks/useCommand';

const scoreWords = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** The resident confirms the volunteer's 服务完成: 1-5 stars and, if they like, a word of thanks. */
export function ConfirmPanel({
  command,
  onConfirm,
}: {
  command: Command;
  onConfirm: (rating: number, thanks: string) => void;
}) {
  const [rating, setRating] = useState(0);
  const [thanks, setThanks] = useState('');

  function send() {
    if (command.busy) return;
    const score = ratingSchema.safeParse(rating);
    if (!score.success) return command.refuse('请点星星打分');
    const words = thanksSchema.safeParse(thanks);
    if (!words.success) return command.refuse(words.error.issues[0]?.message ?? '感谢的话最多100字');
    onConfirm(score.data, words.data);
  }

  return (
    <View className="mq-card" id="confirm-panel">
      <CardTitle>志愿者说已经办好了，您满意吗？</CardTitle>
      <View className="mq-outcome__stars" id="confirm-stars">
        <Rate value={rating} count={5} onChange={(value) => setRating(value)} />
        {rating ? <View className="mq-outcome__score">{scoreWords[rating]}</View> : null}
      </View>
      <OutcomeNote id="confirm-thanks" value={thanks} placeholder="想对志愿者说声谢谢（可不填）" onChange={setThanks} />
      <SubmitBar
        id="confirm-submit"
        errorId="confirm-error"
        error={command.error?.message ?? null}
        busy={command.busy}
        onSubmit={send}
      >
        确认完成
      </SubmitBar>
    </View>
  );
}
