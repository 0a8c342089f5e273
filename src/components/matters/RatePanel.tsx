import { Rate } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ratingSchema } from '@domain/matters/reopen';
import { CardTitle } from '../CardTitle';
import { SubmitBar } from '../SubmitBar';
import { OutcomeNote } from './OutcomeNote';
import './OutcomePanels.scss';

const scoreWords = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** The author rates how the matter was solved (1-5 stars, a few words if they like); rating closes it. */
export function RatePanel({ onSubmit }: { onSubmit: (score: number, comment: string) => Promise<string | null> }) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  async function send() {
    const checked = ratingSchema.safeParse(score);
    if (!checked.success) return setError('请点星星打分');
    if (comment.trim().length > 200) return setError('评价最多200字');
    setSending(true);
    setError('');
    const failure = await onSubmit(checked.data, comment.trim()).finally(() => setSending(false));
    if (failure) setError(failure);
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
      <SubmitBar id="rate-submit" error={error} busy={sending} onSubmit={() => void send()}>
        提交评价
      </SubmitBar>
    </View>
  );
}
