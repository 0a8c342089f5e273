import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { routes } from '@domain/routes';
import type { OrderView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePageParams } from '../../../hooks/usePageParams';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { CommunityScope } from '../components/CommunityScope';
import { OrderCard } from '../components/service/OrderCard';
import { OrderSheet } from './OrderSheet';
import { stateFilters } from './stateFilters';
import './index.scss';

const TOAST = 'service-orders-toast';

/** 服务订单: the community's service orders by state, overdue ones marked, each one tap from its actions. */
export default function CommitteeServiceOrdersPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {(user) => <ServiceOrders user={user} />}
    </RoleOnly>
  );
}

function ServiceOrders({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-service-orders-page"
      intro="居民点的单和代办的单都在这里。超过响应时间还没人接的标红，可以指派给志愿者；居民有异议的由居委会核实。"
    >
      {(communityId) => <Orders key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

/** The order a link asked to open (an overdue order's page, its notification): opened once it is read. */
function useAskedOrder(open: (order: OrderView) => void) {
  const read = usePageParams(routes.committeeServiceOrders);
  const orderId = read.ok ? read.params.orderId : undefined;
  useEffect(() => {
    if (!orderId) return;
    let live = true;
    call('service', 'order', { orderId }).then(
      ({ order }) => live && open(order),
      () => undefined, // Gone or not this community's: the list is still there to choose from.
    );
    return () => {
      live = false;
    };
  }, [orderId, open]);
}

function Orders({ communityId }: { communityId: string }) {
  const [filterId, setFilterId] = useState(stateFilters[0].id);
  const [opened, setOpened] = useState<OrderView | null>(null);
  useAskedOrder(setOpened);
  const filter = stateFilters.find((f) => f.id === filterId) ?? stateFilters[0];
  const list = useCursorList(
    (cursor?: string) =>
      call('service', 'communityOrders', {
        communityId,
        ...(filter.states ? { states: filter.states } : {}),
        limit: 20,
        ...(cursor ? { cursor } : {}),
      }),
    [communityId, filterId],
  );
  usePagedFeed(list);
  const now = Date.now();

  return (
    <View>
      <View className="so-filter">
        <ChoiceList
          idPrefix="order-state"
          choices={stateFilters.map(({ id, label }) => ({ id, label }))}
          selected={filterId}
          onSelect={setFilterId}
        />
      </View>
      <CursorFeed
        list={list}
        id="order-list"
        idPrefix="order-feed"
        empty={{
          title: `没有${filter.id === 'all' ? '' : `「${filter.label}」的`}服务订单`,
          detail: '居民点单或代办后会出现在这里',
        }}
        renderItem={(order) => <OrderCard key={order.id} order={order} now={now} onOpen={() => setOpened(order)} />}
      />
      {opened ? (
        <OrderSheet
          order={opened}
          communityId={communityId}
          toast={TOAST}
          onChanged={(order) => {
            setOpened(order);
            void list.reload();
          }}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </View>
  );
}
