import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { OrderView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { SubmitBar } from '../../../components/SubmitBar';
import { ReasonField } from '../../../components/staff/ReasonField';
import { shanghaiToday } from '../../../components/staff/dates';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { useFieldIssues } from '../../../hooks/useFieldIssues';
import { openPage } from '../../../navigation';
import { CommunityScope } from '../components/CommunityScope';
import { OrderCard } from '../components/service/OrderCard';
import { OrderFields } from './OrderFields';
import { ResidentFinder } from './ResidentFinder';
import { checkOrderFor, usualConsents, type OrderForDraft } from './orderForForm';
import './index.scss';

/** 红色代办: committee members and cadres order a service for a resident at the door, often one without a phone. */
export default function CommitteeOrderForPage() {
  return (
    <RoleOnly roles={['committee', 'cadre', 'gridWorker']} className="committee-screen">
      {(user) => <OrderFor user={user} />}
    </RoleOnly>
  );
}

function OrderFor({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-order-for-page"
      intro="替没有手机或不会用手机的居民点单。订单记在居民名下，处处注明由您代办；请先征得居民同意。"
    >
      {(communityId) => <OrderForCommunity key={communityId} communityId={communityId} user={user} />}
    </CommunityScope>
  );
}

const emptyDraft = (): OrderForDraft => ({
  beneficiary: null,
  consent: '',
  itemId: null,
  details: '',
  wantedDate: shanghaiToday(),
  wantedPeriod: 'any',
  address: '',
  contactPhone: '',
});

function OrderForCommunity({ communityId, user }: { communityId: string; user: SelfView }) {
  const catalogue = useAsync(() => call('service', 'catalogue', { communityId }), [communityId]);
  const [placed, setPlaced] = useState<OrderView | null>(null);
  const [form, setForm] = useState(0);

  if (placed) {
    return (
      <Placed
        order={placed}
        user={user}
        onAnother={() => {
          setPlaced(null);
          setForm((n) => n + 1);
        }}
      />
    );
  }
  if (!catalogue.data) {
    if (catalogue.status === 'error')
      return <ErrorView message={catalogue.error.message} onRetry={() => void catalogue.reload()} />;
    return <LoadingView />;
  }
  const items = catalogue.data.items.filter((item) => item.active);
  if (items.length === 0) {
    return <StateView kind="empty" title="本社区还没有服务菜单" detail="请居委会先在「服务设置」里添加服务项目" />;
  }
  return <OrderForForm key={form} communityId={communityId} items={items} onPlaced={setPlaced} />;
}

function OrderForForm({
  communityId,
  items,
  onPlaced,
}: {
  communityId: string;
  items: Parameters<typeof OrderFields>[0]['items'];
  onPlaced: (order: OrderView) => void;
}) {
  const [draft, setDraft] = useState<OrderForDraft>(emptyDraft);
  const fields = useFieldIssues('order-for');
  const { busy, error, run } = useCommand();

  function change(next: Partial<OrderForDraft>) {
    const changed = { ...draft, ...next };
    setDraft(changed);
    const checked = checkOrderFor(changed, communityId);
    fields.recheck(checked.ok ? [] : checked.issues);
  }

  async function submit() {
    const checked = checkOrderFor(draft, communityId);
    if (!checked.ok) return fields.showAll(checked.issues);
    fields.showAll([]);
    const sent = await run(checked.input, (requestId) =>
      call('service', 'placeOrderFor', checked.input, { requestId }),
    );
    if (sent.ok) onPlaced(sent.value.order);
  }

  const messageFor = (path: string) => fields.messageFor(path) ?? error?.fieldMessage(path);
  return (
    <View className="mq-card of-form">
      <ResidentFinder
        communityId={communityId}
        value={draft.beneficiary}
        error={messageFor('residentName') ?? messageFor('residentId')}
        onChange={(beneficiary) => change({ beneficiary })}
      />
      <View id="order-for-consent">
        <ReasonField
          id="order-consent"
          usualId="order-consent-usual"
          usual={usualConsents}
          usualLabel="常用说法"
          label="居民如何同意"
          hint="记录在订单上，居民和家属问起时可查"
          error={messageFor('consent')}
          value={draft.consent}
          onChange={(consent) => change({ consent })}
          maxLength={60}
          rows={1}
          placeholder="选择上面的常用说法，或自己填写"
        />
      </View>
      <OrderFields items={items} draft={draft} messageFor={messageFor} onChange={change} />
      <SubmitBar
        id="order-for-submit"
        errorId="order-for-error"
        error={fields.issues.length > 0 ? `还有${fields.issues.length}处需要填写` : (error?.message ?? null)}
        busy={busy}
        onSubmit={() => void submit()}
      >
        代办下单
      </SubmitBar>
    </View>
  );
}

/** After the order: it shows as everyone will see it, 由<staff>代办 included. */
function Placed({ order, user, onAnother }: { order: OrderView; user: SelfView; onAnother: () => void }) {
  return (
    <View id="order-for-placed">
      <View className="of-done" id="order-for-done">
        已为{order.resident.name}代办下单，志愿者接单后会上门服务
      </View>
      <OrderCard order={order} now={Date.now()} detailed />
      <View className="of-after">
        <Button id="order-for-another" className="of-after__button" type="primary" onClick={onAnother}>
          再代办一单
        </Button>
        {user.role === 'committee' ? (
          <Button
            id="order-for-list"
            className="of-after__button"
            type="primary"
            fill="outline"
            onClick={() => void openPage(routes.committeeServiceOrders)}
          >
            查看服务订单
          </Button>
        ) : null}
      </View>
    </View>
  );
}
