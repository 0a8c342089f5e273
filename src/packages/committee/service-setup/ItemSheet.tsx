import { useState } from 'react';
import { serviceCategories, serviceCategoryLabels, type ServiceCategory } from '@domain/service/categories';
import { serviceTakerLabels, serviceTakers, type ServiceTaker } from '@domain/service/menu';
import type { ServiceItemView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import { wholeNumber } from './wholeNumber';

export interface Takers {
  teams: readonly { id: string; name: string }[];
  stations: readonly { id: string; name: string }[];
}

const fields = ['name', 'description', 'category', 'takenBy', 'takerId', 'responseHours', 'standardMinutes', 'active'];
const itemFieldId = (path: string) => `item-field-${path}`;

/** 新增 / 修改一项服务: what it is, who takes its orders, how soon, and the hours it credits. */
export function ItemSheet({
  communityId,
  item,
  takers,
  onDone,
  onClose,
}: {
  communityId: string;
  /** Null for a new item. */
  item: ServiceItemView | null;
  takers: Takers;
  onDone: (item: ServiceItemView) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [category, setCategory] = useState<ServiceCategory | null>(item?.category ?? null);
  const [takenBy, setTakenBy] = useState<ServiceTaker>(item?.takenBy ?? 'volunteer');
  const [takerId, setTakerId] = useState<string | null>(item?.takerId ?? null);
  const [responseHours, setResponseHours] = useState(String(item?.responseHours ?? 24));
  const [standardMinutes, setStandardMinutes] = useState(String(item?.standardMinutes ?? 60));
  const [active, setActive] = useState(item?.active ?? true);
  const { busy, error, run, refuse, fieldError } = useCommand();
  const takerChoices = takenBy === 'team' ? takers.teams : takenBy === 'station' ? takers.stations : [];

  async function send() {
    if (!category) return refuse('请选择服务类别', 'category');
    if ((takenBy === 'team' || takenBy === 'station') && !takerId) {
      return refuse(takenBy === 'team' ? '请选择由哪支服务队接单' : '请选择由哪个驿站接单', 'takerId');
    }
    const hours = wholeNumber(responseHours);
    if (hours === undefined) return refuse('响应时间请填整数小时，如 24', 'responseHours');
    const minutes = wholeNumber(standardMinutes);
    if (minutes === undefined) return refuse('标准时长请填整数分钟，如 60', 'standardMinutes');
    const input = {
      communityId,
      ...(item ? { id: item.id } : {}),
      name: name.trim(),
      description: description.trim(),
      category,
      takenBy,
      takerId: takerChoices.length > 0 ? takerId : null,
      responseHours: hours,
      standardMinutes: minutes,
      active,
    };
    const sent = await run(input, (requestId) => call('service', 'saveServiceItem', input, { requestId }));
    if (sent.ok) onDone(sent.value.item);
  }

  return (
    <Sheet
      id="item-sheet"
      title={item ? `修改「${item.name}」` : '新增服务'}
      submitId="item-save"
      submitText="保存"
      busy={busy}
      error={error}
      fieldPaths={fields}
      fieldId={itemFieldId}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field id={itemFieldId('name')} label="服务名称" error={fieldError('name')}>
        <TextBox id="item-name" value={name} placeholder="如：代办证件" maxLength={20} onChange={setName} />
      </Field>
      <Field id={itemFieldId('description')} label="说明（可不填）" error={fieldError('description')}>
        <TextBox
          id="item-description"
          multiline
          rows={2}
          value={description}
          placeholder="居民点单时看到的说明"
          maxLength={100}
          onChange={setDescription}
        />
      </Field>
      <Field id={itemFieldId('category')} label="服务类别" error={fieldError('category')}>
        <ChoiceList
          idPrefix="item-category"
          choices={serviceCategories.map((c) => ({ id: c, label: serviceCategoryLabels[c] }))}
          selected={category}
          onSelect={(c) => setCategory(c as ServiceCategory)}
        />
      </Field>
      <Field id={itemFieldId('takenBy')} label="由谁接单" error={fieldError('takenBy')}>
        <ChoiceList
          idPrefix="item-taken-by"
          choices={serviceTakers.map((t) => ({ id: t, label: serviceTakerLabels[t] }))}
          selected={takenBy}
          onSelect={(t) => {
            setTakenBy(t as ServiceTaker);
            setTakerId(null);
          }}
        />
      </Field>
      {takenBy === 'team' || takenBy === 'station' ? (
        <Field
          id={itemFieldId('takerId')}
          label={takenBy === 'team' ? '哪支服务队' : '哪个驿站'}
          hint={takerChoices.length === 0 ? `还没有${serviceTakerLabels[takenBy]}，请先在下面添加` : undefined}
          error={fieldError('takerId')}
        >
          <ChoiceList
            idPrefix="item-taker"
            choices={takerChoices.map((t) => ({ id: t.id, label: t.name }))}
            selected={takerId}
            onSelect={setTakerId}
          />
        </Field>
      ) : null}
      <Field
        id={itemFieldId('responseHours')}
        label="响应时间（小时）"
        hint="下单后这么久没人接单，会提醒居委会指派"
        error={fieldError('responseHours')}
      >
        <TextBox id="item-response-hours" value={responseHours} maxLength={3} onChange={setResponseHours} />
      </Field>
      <Field
        id={itemFieldId('standardMinutes')}
        label="标准时长（分钟）"
        hint="完成一单给志愿者记的时长"
        error={fieldError('standardMinutes')}
      >
        <TextBox id="item-standard-minutes" value={standardMinutes} maxLength={3} onChange={setStandardMinutes} />
      </Field>
      <Field id={itemFieldId('active')} label="居民能否点这项服务" error={fieldError('active')}>
        <ChoiceList
          idPrefix="item-active"
          choices={[
            { id: 'on', label: '启用' },
            { id: 'off', label: '停用' },
          ]}
          selected={active ? 'on' : 'off'}
          onSelect={(id) => setActive(id === 'on')}
        />
      </Field>
    </Sheet>
  );
}
