import { Toast } from '@nutui/nutui-react-taro';
import { routes } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import { ProfileNeeded } from '../../../components/ProfileNeeded';
import { RoleOnly } from '../../../components/RoleOnly';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { StateView } from '../../../components/StateView';
import { useCommand } from '../../../hooks/useCommand';
import { usePageParams } from '../../../hooks/usePageParams';
import { openPage, replacePage } from '../../../navigation';
import { useSession } from '../../../state/session';
import { CatalogueGate } from '../components/CatalogueGate';
import type { ServiceItemView } from '@domain/service/views';
import { OrderForm } from './OrderForm';
import { draftFrom, type OrderInput } from './orderForm';
import './index.scss';

const TOAST = 'order-new-toast';
/** How far ahead a resident may ask for a day: a month is plenty for errands and visits. */
const DAYS_AHEAD = 30;

/** 我要点单: one item of the menu ordered; the order page opens once it is placed. */
export default function ServiceOrderNewPage() {
  const read = usePageParams(routes.serviceOrderNew);
  return (
    <RoleOnly roles={['resident']} className="service-order-new" footer={<Toast id={TOAST} />}>
      {(user) =>
        !read.ok ? (
          <StateView kind="error" title="没有找到这项服务" detail="链接不完整，请从「社区服务」里选一项服务" />
        ) : !user.communityId ? (
          <ProfileNeeded why="选好您所在的社区，社区的志愿者才能来帮您" />
        ) : (
          <OrderNew user={user} itemId={read.params.itemId} />
        )
      }
    </RoleOnly>
  );
}

function OrderNew({ user, itemId }: { user: SelfView; itemId: string }) {
  // The menu as the catalogue shows it: the item's name, description and response time.
  return (
    <CatalogueGate>
      {({ items }) => <OrderChosen user={user} item={items.find((i) => i.id === itemId && i.active)} />}
    </CatalogueGate>
  );
}

function OrderChosen({ user, item }: { user: SelfView; item: ServiceItemView | undefined }) {
  const { directory } = useSession();
  const placing = useCommand();

  async function place(input: OrderInput) {
    // Still inside the tap on 提交 (the form checked it synchronously): WeChat's consent dialog may
    // only open here. What was accepted goes with the order, in the same call.
    const accepted = await acceptedConsent('service');
    const sent = await placing.run(input, (requestId) =>
      call('service', 'placeOrder', withConsent(input, accepted), { requestId }),
    );
    if (!sent.ok) {
      if (sent.error?.code === 'PROFILE_INCOMPLETE') void openPage(routes.profile);
      return;
    }
    void replacePage(routes.serviceOrder, { id: sent.value.order.id });
  }

  if (!item) {
    return (
      <StateView kind="empty" title="这项服务暂时不能点了" detail="请回到「社区服务」选别的服务，或联系社区居委会" />
    );
  }
  const today = shanghaiToday();
  return (
    <OrderForm
      item={item}
      initial={draftFrom(user, directory, addDays(today, 1))}
      dates={{ min: today, max: addDays(today, DAYS_AHEAD) }}
      command={placing}
      onSubmit={(input) => void place(input)}
    />
  );
}
