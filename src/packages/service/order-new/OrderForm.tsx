import { Input, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { wantedPeriodLabels, wantedPeriods, type ServiceItemView, type WantedPeriod } from '@domain/service/views';
import { charCount } from '@domain/text';
import type { ShanghaiDate } from '@domain/time';
import { ChoiceList } from '../../../components/ChoiceList';
import { FormField } from '../../../components/FormField';
import { DateField } from '../../../components/staff/DateField';
import { SubmitBar } from '../../../components/SubmitBar';
import type { Command } from '../../../hooks/useCommand';
import { responseText, takerText } from '../components/serviceText';
import { checkOrder, type OrderDraft, type OrderInput } from './orderForm';

const FIELD = 'sv-order-field';

/**
 * Ordering one item of the menu: what is needed (required), the day and part of the day, the
 * address and phone (from the profile, seen only by the volunteer who takes it and the committee).
 */
export function OrderForm({
  item,
  initial,
  dates,
  command,
  onSubmit,
}: {
  item: ServiceItemView;
  initial: OrderDraft;
  dates: { min: ShanghaiDate; max: ShanghaiDate };
  command: Command;
  onSubmit: (input: OrderInput) => void;
}) {
  const [draft, setDraft] = useState<OrderDraft>(initial);
  const errorFor = command.fieldError;
  const update = (patch: Partial<OrderDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    command.clearError();
  };

  function send() {
    if (command.busy) return;
    const checked = checkOrder(item.id, draft);
    if (!checked.ok) return command.refuse(checked.issues);
    onSubmit(checked.input);
  }

  return (
    <View id="order-form" className="sv-order-form">
      <View className="mq-card" id="order-item">
        <View className="mq-title">{item.name}</View>
        {item.description ? <View className="mq-muted">{item.description}</View> : null}
        <View className="sv-order-form__response">
          {[responseText(item), takerText(item)].filter(Boolean).join(' · ')}
        </View>
      </View>
      <FormField
        block={FIELD}
        label="需要帮什么（必填）"
        hint="说清楚要办的事，如：帮我去政务大厅换身份证"
        error={errorFor('details')}
      >
        <TextArea
          id="order-details"
          className="sv-order-form__textarea"
          value={draft.details}
          placeholder="至少4个字"
          maxLength={300}
          rows={4}
          autoSize
          onChange={(details) => update({ details })}
        />
        <View className="sv-order-form__count">{charCount(draft.details)}/300</View>
      </FormField>
      <FormField block={FIELD} label="哪天" error={errorFor('wantedDate')}>
        <DateField
          id="order-date"
          value={draft.wantedDate}
          min={dates.min}
          max={dates.max}
          title="希望哪天来"
          onChange={(wantedDate) => update({ wantedDate })}
        />
      </FormField>
      <FormField block={FIELD} label="什么时段" error={errorFor('wantedPeriod')}>
        <ChoiceList
          idPrefix="order-period"
          choices={wantedPeriods.map((p) => ({ id: p, label: wantedPeriodLabels[p] }))}
          selected={draft.wantedPeriod}
          onSelect={(id) => update({ wantedPeriod: id as WantedPeriod })}
        />
      </FormField>
      <FormField block={FIELD} label="地址（必填）" hint="志愿者接单后才能看到" error={errorFor('address')}>
        <Input
          id="order-address"
          className="sv-order-form__input"
          value={draft.address}
          placeholder="如：幸福小区3号楼2单元501"
          maxLength={60}
          onChange={(address) => update({ address })}
        />
      </FormField>
      <FormField
        block={FIELD}
        label="联系电话"
        hint="只有接单的志愿者和社区居委会能看到"
        error={errorFor('contactPhone')}
      >
        <Input
          id="order-phone"
          className="sv-order-form__input"
          type="number"
          value={draft.contactPhone}
          placeholder="11位手机号码"
          maxLength={11}
          onChange={(contactPhone) => update({ contactPhone })}
        />
      </FormField>
      <SubmitBar
        id="order-submit"
        errorId="order-error"
        error={command.error?.message ?? null}
        busy={command.busy}
        onSubmit={send}
      >
        确认点单
      </SubmitBar>
    </View>
  );
}
