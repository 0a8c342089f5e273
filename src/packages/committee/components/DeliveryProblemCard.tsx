import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { DeliveryProblem } from '@domain/notifications/views';
import { formatWhen } from '@domain/time';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import './DeliveryProblemCard.scss';

const when = (ms: number) => formatWhen(ms, Date.now());

/** A WeChat notice that failed after every retry: to whom, which notice, why, and 重新发送. */
export function DeliveryProblemCard({
  problem,
  busy,
  error,
  onRetry,
}: {
  problem: DeliveryProblem;
  busy: boolean;
  /** Why the last 重新发送 was refused, said on the card itself. */
  error?: string;
  onRetry: () => void;
}) {
  return (
    <View className="mq-card dl-problem" id={`delivery-${problem.id}`}>
      <View className="dl-problem__head">
        <View className="dl-problem__name">{problem.userName}</View>
        <Tag tone="warn">{problem.kindStatus}</Tag>
      </View>
      <InfoRow label="通知">{problem.templateTitle}</InfoRow>
      <InfoRow label="原因" id={`delivery-${problem.id}-error`}>
        {problem.reason}
      </InfoRow>
      <InfoRow label="微信返回" id={`delivery-${problem.id}-wechat`}>
        {problem.error || '无'}
      </InfoRow>
      <InfoRow label="尝试">{`${problem.attempts}次`}</InfoRow>
      <InfoRow label="产生">{when(problem.createdAt)}</InfoRow>
      <InfoRow label="最后失败">{when(problem.failedAt)}</InfoRow>
      {error ? (
        <View className="dl-problem__error" id={`delivery-${problem.id}-refused`} role="alert">
          {error}
        </View>
      ) : null}
      <Button
        id={`delivery-retry-${problem.id}`}
        className="dl-problem__button"
        type="primary"
        fill="outline"
        size="large"
        block
        loading={busy}
        onClick={onRetry}
      >
        重新发送
      </Button>
    </View>
  );
}
