import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import type { OrderView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { SubmitBar } from '../../../components/SubmitBar';
import { shanghaiToday } from '../../../components/staff/dates';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { openPage } from '../../../navigation';
import { OrderCard } from '../components/service/OrderCard';
import type { OnBehalfModeProps } from './modeProps';
import { OrderFields } from './OrderFields';
import { checkOrderFields, type OrderForDraft } from './orderForForm';
import { useModeDraft } from './useModeDraft';

const emptyOrder = (): OrderForDraft => ({
  itemId: null,
  details: '',
  wantedDate: shanghaiToday(),
  wantedPeriod: 'any',
  address: '',
  contactPhone: '',
});

/** 服务点单 for the resident: a service from the community's menu, as the resident would order it. */
export function OrderForMode(props: OnBehalfModeProps) {
  const { communityId } = props;
  const catalogue = useAsync(() => call('service', 'catalogue', { communityId }), [communityId]);
  if (!catalogue.data) {
    if (catalogue.status === 'error')
      return <ErrorView message={catalogue.error.message} onRetry={() => void catalogue.reload()} />;
    return <LoadingView />;
  }
  const items = catalogue.data.items.filter((item) => item.active);
  if (items.length === 0) {
    return <StateView kind="empty" title="本社区还没有服务菜单" detail="请居委会先在「服务设置」里添加服务项目" />;
  }
  return <OrderForm {...props} items={items} />;
}

function OrderForm({
  communityId,
  user,
  who,
  fields,
  onDone,
  items,
}: OnBehalfModeProps & { items: Parameters<typeof OrderFields>[0]['items'] }) {
  const { draft, update, checkedInput } = useModeDraft({ who, fields }, emptyOrder, checkOrderFields);
  const { busy, error, run } = useCommand();

  async function submit() {
    const checked = checkedInput();
    if (!checked) return;
    const input = { ...checked, communityId };
    const sent = await run(input, (requestId) => call('service', 'placeOrderFor', input, { requestId }));
    if (sent.ok) onDone(<Placed order={sent.value.order} user={user} />);
  }

  const messageFor = (path: string) => fields.messageFor(path) ?? error?.fieldMessage(path);
  return (
    <>
      <OrderFields items={items} draft={draft} messageFor={messageFor} onChange={update} />
      <SubmitBar
        id="order-for-submit"
        errorId="order-for-error"
        error={fields.issues.length > 0 ? `还有${fields.issues.length}处需要填写` : (error?.message ?? null)}
        busy={busy}
        onSubmit={() => void submit()}
      >
        代办下单
      </SubmitBar>
    </>
  );
}

/** After the order: it shows as everyone will see it, 由<staff>代办 included. */
function Placed({ order, user }: { order: OrderView; user: SelfView }) {
  return (
    <View id="order-for-placed">
      <View className="of-done" id="order-for-done">
        已为{order.resident.name}代办下单，志愿者接单后会上门服务
      </View>
      <OrderCard order={order} now={Date.now()} detailed />
      {user.role === 'committee' ? (
        <View className="of-after">
          <Button
            id="order-for-list"
            className="of-after__button"
            type="primary"
            fill="outline"
            onClick={() => void openPage(routes.committeeServiceOrders)}
          >
            查看服务订单
          </Button>
        </View>
      ) : null}
    </View>
  );
}
