import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { CursorFeed } from '../../../components/CursorFeed';
import { StateView } from '../../../components/StateView';
import { useCursorList } from '../../../components/useCursorList';
import { communityNames } from '../../../domain/places';
import type { SelfView } from '../../../domain/users';
import { useSession } from '../../../state/session';
import { CommitteeOnly } from '../components/CommitteeOnly';
import { DeliveryProblemCard } from '../components/DeliveryProblemCard';
import { toApiError } from '../components/useSubmission';
import './index.scss';

const TOAST = 'deliveries-toast';

/** The committee's list of WeChat notices that did not arrive after every retry, to send again. */
export default function DeliveriesPage() {
  return <CommitteeOnly footer={<Toast id={TOAST} />}>{(user) => <Deliveries user={user} />}</CommitteeOnly>;
}

function Deliveries({ user }: { user: SelfView }) {
  const { directory } = useSession();
  const [communityId, setCommunityId] = useState<string | null>(user.communityIds[0] ?? null);
  if (!communityId) {
    return <StateView kind="empty" title="尚未指定负责的社区" detail="请联系系统管理员设置" />;
  }
  const name = (id: string) => (directory ? communityNames(directory, [id]) : id);
  return (
    <View id="deliveries-page">
      <View className="dl-community">
        <View className="mq-muted">负责社区</View>
        {user.communityIds.length > 1 ? (
          <ChoiceList
            idPrefix="community"
            choices={user.communityIds.map((id) => ({ id, label: name(id) }))}
            selected={communityId}
            onSelect={setCommunityId}
          />
        ) : (
          <View className="mq-title" id="community-name">
            {name(communityId)}
          </View>
        )}
        <View className="dl-note">
          下面是重试几次后仍没发到居民微信的通知。居民在「我的」的「消息」里照样能看到；查明原因后可以重新发送。
        </View>
      </View>
      <Problems key={communityId} communityId={communityId} />
    </View>
  );
}

function Problems({ communityId }: { communityId: string }) {
  const [retrying, setRetrying] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const list = useCursorList(
    (cursor?: string) =>
      call('notification', 'deliveryProblems', { communityId, limit: 20, ...(cursor ? { cursor } : {}) }),
    [communityId],
  );
  usePullDownRefresh(() => {
    void list.refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  async function retry(id: string) {
    if (retrying) return;
    setRetrying(id);
    setRefusals(({ [id]: _, ...others }) => others);
    try {
      const { requeued } = await call('notification', 'retryDelivery', { id });
      Toast.show(TOAST, { content: requeued ? '已重新排队发送' : '这条通知已在发送中', icon: 'success' });
    } catch (caught) {
      const message = toApiError(caught).message;
      setRefusals((all) => ({ ...all, [id]: message }));
    } finally {
      setRetrying(null);
      // Sent again or handled elsewhere: either way it leaves this list.
      void list.refresh();
    }
  }

  return (
    <CursorFeed
      list={list}
      id="delivery-list"
      idPrefix="delivery-feed"
      empty={{ title: '没有发送失败的通知', detail: '发到居民微信的通知都送到了，或还在排队发送' }}
      renderItem={(problem) => (
        <DeliveryProblemCard
          key={problem.id}
          problem={problem}
          busy={retrying === problem.id}
          error={refusals[problem.id]}
          onRetry={() => void retry(problem.id)}
        />
      )}
    />
  );
}
