import { wantedPeriodLabels, wantedPeriods, type ServiceItemView, type WantedPeriod } from '@domain/service/views';
import { ChoiceList } from '../../../components/ChoiceList';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import type { OrderForDraft } from './orderForForm';

/** How far ahead an order may be wanted: a month. */
const AHEAD_DAYS = 30;

/** The fields every order has, as a resident's own: which service, what, when, where, whom to call. */
export function OrderFields({
  items,
  draft,
  messageFor,
  onChange,
}: {
  items: readonly ServiceItemView[];
  draft: OrderForDraft;
  messageFor: (path: string) => string | undefined;
  onChange: (change: Partial<OrderForDraft>) => void;
}) {
  const today = shanghaiToday();
  const chosen = items.find((item) => item.id === draft.itemId);
  return (
    <>
      <Field id="order-for-itemId" label="服务项目" hint={chosen?.description} error={messageFor('itemId')}>
        <ChoiceList
          idPrefix="order-item"
          choices={items.map((item) => ({ id: item.id, label: item.name }))}
          selected={draft.itemId}
          onSelect={(itemId) => onChange({ itemId })}
        />
      </Field>
      <Field id="order-for-details" label="需要什么帮助" error={messageFor('details')}>
        <TextBox
          id="order-details"
          multiline
          value={draft.details}
          placeholder="如：帮老人办理老年证，需要上门取身份证复印件"
          maxLength={300}
          onChange={(details) => onChange({ details })}
        />
      </Field>
      <Field id="order-for-wantedDate" label="哪天" error={messageFor('wantedDate')}>
        <DateField
          id="order-date"
          value={draft.wantedDate}
          min={today}
          max={addDays(today, AHEAD_DAYS)}
          title="哪天需要服务"
          onChange={(wantedDate) => onChange({ wantedDate })}
        />
      </Field>
      <Field id="order-for-wantedPeriod" label="什么时段" error={messageFor('wantedPeriod')}>
        <ChoiceList
          idPrefix="order-period"
          choices={wantedPeriods.map((p) => ({ id: p, label: wantedPeriodLabels[p] }))}
          selected={draft.wantedPeriod}
          onSelect={(p) => onChange({ wantedPeriod: p as WantedPeriod })}
        />
      </Field>
      <Field id="order-for-address" label="服务地址" error={messageFor('address')}>
        <TextBox
          id="order-address"
          value={draft.address}
          placeholder="如：东门小区3号楼2单元401"
          maxLength={60}
          onChange={(address) => onChange({ address })}
        />
      </Field>
      <Field
        id="order-for-contactPhone"
        label="联系电话"
        hint="老人没有手机的，填家属的手机或您的工作手机；只有接单的志愿者能看到"
        error={messageFor('contactPhone')}
      >
        <TextBox
          id="order-phone"
          value={draft.contactPhone}
          placeholder="11位手机号码"
          maxLength={13}
          onChange={(contactPhone) => onChange({ contactPhone })}
        />
      </Field>
    </>
  );
}
