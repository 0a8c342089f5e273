import { View } from '@tarojs/components';
import { useState } from 'react';
import { serviceCategoryLabels } from '@domain/service/categories';
import { starsFor } from '@domain/service/hours';
import type { OrderView, VolunteerView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { wantedText } from '../components/service/OrderCard';

/** Approved volunteers who offer this kind of service first: the committee picks among them. */
function byFit(volunteers: readonly VolunteerView[], order: OrderView): VolunteerView[] {
  const fits = (v: VolunteerView) => v.categories.includes(order.category);
  return [...volunteers].sort((a, b) => Number(fits(b)) - Number(fits(a)));
}

function volunteerLabel(volunteer: VolunteerView, order: OrderView): string {
  const stars = starsFor(volunteer.totalMinutes);
  const fit = volunteer.categories.includes(order.category) ? `（能做${serviceCategoryLabels[order.category]}）` : '';
  const team = volunteer.teamName ? ` · ${volunteer.teamName}` : '';
  return `${volunteer.name}${team}${stars > 0 ? ` · ${stars}星` : ''}${fit}`;
}

/** 指派: an order nobody claimed goes to one approved volunteer of the community, who is told. */
export function AssignSheet({
  order,
  communityId,
  onDone,
  onClose,
}: {
  order: OrderView;
  communityId: string;
  onDone: (order: OrderView) => void;
  onClose: () => void;
}) {
  const roster = useAsync(
    () => call('service', 'volunteers', { communityId, state: 'approved', limit: 50 }),
    [communityId],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    if (!chosen) return refuse('请选择一位志愿者', 'volunteerUserId');
    const input = { orderId: order.id, volunteerUserId: chosen };
    const sent = await run(input, (requestId) => call('service', 'assignOrder', input, { requestId }));
    if (sent.ok) onDone(sent.value.order);
  }

  const volunteers = roster.data ? byFit(roster.data.items, order) : [];
  return (
    <Sheet
      id="assign-sheet"
      title="指派志愿者"
      submitId="assign-submit"
      submitText="确定指派"
      busy={busy}
      error={error}
      fieldPaths={['volunteerUserId']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <View className="mq-text">{`${order.itemName} · ${wantedText(order)}`}</View>
      {roster.status === 'error' && !roster.data ? (
        <ErrorView message={roster.error.message} onRetry={() => void roster.reload()} />
      ) : !roster.data ? (
        <LoadingView />
      ) : volunteers.length === 0 ? (
        <StateView kind="empty" title="还没有审核通过的志愿者" detail="在「志愿者」里审核居民的报到后再指派" />
      ) : (
        <Field label="指派给" hint="能做这类服务的排在前面；志愿者会收到通知" error={fieldError('volunteerUserId')}>
          <ChoiceList
            idPrefix="assign-to"
            choices={volunteers.map((v) => ({ id: v.userId, label: volunteerLabel(v, order) }))}
            selected={chosen}
            onSelect={setChosen}
          />
        </Field>
      )}
    </Sheet>
  );
}
