import { Toast } from '@nutui/nutui-react-taro';

import { useState } from 'react';
import { call } from '../../../api/client';
import { CursorFeed } from '../../../components/CursorFeed';
import { useCursorList } from '../../../components/useCursorList';
import type { SelfView } from '@domain/users';
import { RoleOnly } from '../../../components/RoleOnly';
import { CommunityScope } from '../components/CommunityScope';
import { DeliveryProblemCard } from '../components/DeliveryProblemCard';
import { useCommand } from '../../../hooks/useCommand';
import { usePagedFeed } from '../../../hooks/usePagedFeed';

const TOAST = 'deliveries-toast';

/** The committee's list of WeChat notices that did not arrive after every retry, to send again. */
export default function DeliveriesPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {(user) => <Deliveries user={user} />}
    </RoleOnly>
  );
}

function Deliveries({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="deliveries-page"
      intro="下面是重试几次后仍没发到居民微信的通知。居民在「我的」的「消息」里照样能看到；查明原因后可以重新发送。"
    >
      {(communityId) => <Problems key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

function Problems({ communityId }: { communityId: string }) {
  const resend = useCommand({ toast: TOAST });
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const list = useCursorList(
    (cursor?: string) =>
      call('notification', 'deliveryProblems', { communityId, limit: 20, ...(cursor ? { cursor } : {}) }),
    [communityId],
  );
  usePagedFeed(list);

  async function retry(id: string) {
    setRefusals(({ [id]: _, ...others }) => others);
    const sent = await resend.run({ id }, (requestId) => call('notification', 'retryDelivery', { id }, { requestId }), {
      name: id,
      done: ({ requeued }) => (requeued ? '已重新排队发送' : '这条通知已在发送中'),
    });
    if (!sent.ok && sent.error) setRefusals((all) => ({ ...all, [id]: sent.error!.message }));
    // Sent again or handled elsewhere: either way it leaves this list.
    if (sent.ok || sent.error) void list.refresh();
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
          busy={resend.running === problem.id}
          error={refusals[problem.id]}
          onRetry={() => void retry(problem.id)}
        />
      )}
    />
  );
}
