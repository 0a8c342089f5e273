import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePageParams } from '../../../hooks/usePageParams';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { openPage } from '../../../navigation';
import { OrderCard } from '../components/OrderCard';
import './index.scss';

type OrderList = 'mine' | 'hall' | 'claims';

const lists: { id: OrderList; label: string }[] = [
  { id: 'mine', label: '我点的单' },
  { id: 'hall', label: '接单大厅' },
  { id: 'claims', label: '我接的单' },
];

const PAGE_SIZE = 20;

const actionOf = { mine: 'myOrders', hall: 'orderHall', claims: 'myClaims' } as const;

/** 我的服务单: the orders I placed, the hall of orders a volunteer may take, and the ones I took. */
export default function ServiceOrdersPage() {
  const read = usePageParams(routes.serviceOrders);
  const first = (read.ok && read.params.list) || 'mine';
  return (
    <RoleOnly roles={['resident']} className="service-orders">
      {() => <Orders first={first} />}
    </RoleOnly>
  );
}

function Orders({ first }: { first: OrderList }) {
  const [list, setList] = useState<OrderList>(first);
  const orders = useCursorList(
    (cursor) => call('service', actionOf[list], { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [list],
  );
  usePagedFeed(orders);
  const empty = {
    mine: {
      title: '您还没有点过单',
      detail: '需要人帮忙跑腿、陪诊、修修补补，可以在「社区服务」里点一项',
      actionText: '去点单',
      onAction: () => void openPage(routes.serviceCatalogue),
    },
    hall: { title: '现在没有等人接的单', detail: '居民点单后会出现在这里，下拉可以刷新' },
    claims: {
      title: '您还没有接过单',
      detail: '到「接单大厅」看看有没有您能帮上忙的',
      actionText: '去接单大厅',
      onAction: () => setList('hall'),
    },
  }[list];
  return (
    <View>
      <View className="service-orders__tabs">
        <ChoiceList
          idPrefix="orders-list"
          choices={lists}
          selected={list}
          onSelect={(id) => setList(id as OrderList)}
        />
      </View>
      <CursorFeed
        list={orders}
        empty={empty}
        id="service-order-list"
        idPrefix="service-orders"
        renderItem={(order) => <OrderCard key={order.id} order={order} />}
      />
    </View>
  );
}
