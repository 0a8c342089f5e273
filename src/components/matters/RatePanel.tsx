import { Rate } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ratingSchema } from '@domain/matters/reopen';
import { CardTitle } from '../CardTitle';
import { SubmitBar } from '../SubmitBar';
import { OutcomeNote } from './OutcomeNote';
import './OutcomePanels.scss';
import type { Command, Submitted } from '../../hooks/useCommand';

const scoreWords = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** The author rates how the matter was solved (1-5 stars, a few words if they like); rating closes it. */
export function RatePanel({
  command,
  onSubmit,
}: {
  command: Command;
  onSubmit: (score: number, comment: string) => Promise<Submitted<unknown>>;
}) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const error = command.error?.message ?? '';

  async function send() {
    const checked = ratingSchema.safeParse(score);
    if (!checked.success) return command.refuse('请点星星打分');
    if (comment.trim().length > 200) return command.refuse('评价最多200字');
    await onSubmit(checked.data, comment.trim());
  }

  return (
    <View className="mq-card" id="rate-panel">
      <CardTitle>您对办理结果满意吗？</CardTitle>
      <View className="mq-outcome__hint">打分后这件说事就办结了；如果不满意，也可以在下面重新打开。</View>
      <View className="mq-outcome__stars" id="rate-stars">
        <Rate value={score} count={5} onChange={(value) => setScore(value)} />
        {score ? <View className="mq-outcome__score">{scoreWords[score]}</View> : null}
      </View>
      <OutcomeNote id="rate-comment" value={comment} placeholder="想说点什么（可不填）" onChange={setComment} />
      <SubmitBar id="rate-submit" error={error} busy={command.busy} onSubmit={() => void send()}>
        提交评价
      </SubmitBar>
    </View>
  );
}
