import { View } from '@tarojs/components';
import { useState } from 'react';
import { compoundsOf } from '@domain/places';
import type { ServiceItemView, StationView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import { useSession } from '../../../state/session';
import { wholeNumber } from './wholeNumber';
import './StationSheet.scss';

const fields = ['name', 'address', 'openingHours', 'contactPhone', 'itemIds', 'walkMinutes'];
const stationFieldId = (path: string) => `station-field-${path.split('.')[0]}`;

/** The minutes typed for each compound, as text while typing. */
function walkTexts(station: StationView | null): Record<string, string> {
  return Object.fromEntries(Object.entries(station?.walkMinutes ?? {}).map(([id, m]) => [id, String(m)]));
}

/**
 * 新增 / 修改红帆驿站: where and when it is open, its phone, the services it takes orders for, and how
 * many minutes' walk it is from each compound (residents see the nearest first, no location asked).
 */
export function StationSheet({
  communityId,
  station,
  items,
  onDone,
  onClose,
}: {
  communityId: string;
  station: StationView | null;
  items: readonly ServiceItemView[];
  onDone: (station: StationView) => void;
  onClose: () => void;
}) {
  const { directory } = useSession();
  const compounds = directory ? compoundsOf(directory, communityId) : [];
  const [name, setName] = useState(station?.name ?? '');
  const [address, setAddress] = useState(station?.address ?? '');
  const [openingHours, setOpeningHours] = useState(station?.openingHours ?? '每天 8:00-20:00');
  const [contactPhone, setContactPhone] = useState(station?.contactPhone ?? '');
  const [itemIds, setItemIds] = useState<string[]>(station?.items.map((i) => i.id) ?? []);
  const [walk, setWalk] = useState(() => walkTexts(station));
  const { busy, error, run, refuse, fieldError } = useCommand();

  const toggleItem = (id: string) =>
    setItemIds((chosen) => (chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]));

  async function send() {
    const walkMinutes: Record<string, number> = {};
    for (const compound of compounds) {
      const typed = walk[compound.id]?.trim() ?? '';
      if (typed === '') continue;
      const minutes = wholeNumber(typed);
      if (minutes === undefined) return refuse(`${compound.name}的步行时间请填整数分钟`, 'walkMinutes');
      walkMinutes[compound.id] = minutes;
    }
    const input = {
      communityId,
      ...(station ? { id: station.id } : {}),
      name: name.trim(),
      address: address.trim(),
      openingHours: openingHours.trim(),
      contactPhone: contactPhone.trim(),
      itemIds,
      walkMinutes,
    };
    const sent = await run(input, (requestId) => call('service', 'saveStation', input, { requestId }));
    if (sent.ok) onDone(sent.value.station);
  }

  const walkError = error?.issues.find((issue) => issue.path.startsWith('walkMinutes'))?.message;
  return (
    <Sheet
      id="station-sheet"
      title={station ? `修改「${station.name}」` : '新增红帆驿站'}
      submitId="station-save"
      submitText="保存"
      busy={busy}
      error={error}
      fieldPaths={error?.issues.map((i) => i.path).filter((p) => fields.includes(p.split('.')[0])) ?? []}
      fieldId={stationFieldId}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field id={stationFieldId('name')} label="驿站名称" error={fieldError('name')}>
        <TextBox id="station-name" value={name} placeholder="如：东门红帆驿站" maxLength={30} onChange={setName} />
      </Field>
      <Field id={stationFieldId('address')} label="地址" error={fieldError('address')}>
        <TextBox
          id="station-address"
          value={address}
          placeholder="如：东门路18号"
          maxLength={60}
          onChange={setAddress}
        />
      </Field>
      <Field id={stationFieldId('openingHours')} label="开放时间" error={fieldError('openingHours')}>
        <TextBox id="station-hours" value={openingHours} maxLength={40} onChange={setOpeningHours} />
      </Field>
      <Field
        id={stationFieldId('contactPhone')}
        label="驿站电话（可不填）"
        hint="公开给居民的值班电话"
        error={fieldError('contactPhone')}
      >
        <TextBox
          id="station-phone"
          value={contactPhone}
          placeholder="如：0537-1234567"
          maxLength={20}
          onChange={setContactPhone}
        />
      </Field>
      <Field id={stationFieldId('itemIds')} label="在这里接单的服务" error={fieldError('itemIds')}>
        <ChoiceList
          idPrefix="station-item"
          multiple
          choices={items.map((i) => ({ id: i.id, label: i.name }))}
          selected={itemIds}
          onSelect={toggleItem}
        />
      </Field>
      <Field
        id={stationFieldId('walkMinutes')}
        label="从各小区步行几分钟"
        hint="居民看驿站时，离自己小区最近的排在前面；不知道的可不填"
        error={walkError}
      >
        {compounds.map((compound) => (
          <View key={compound.id} className="ss-walk">
            <View className="ss-walk__name">{compound.name}</View>
            <TextBox
              id={`station-walk-${compound.id}`}
              value={walk[compound.id] ?? ''}
              placeholder="分钟"
              maxLength={2}
              onChange={(typed) => setWalk((all) => ({ ...all, [compound.id]: typed }))}
            />
          </View>
        ))}
      </Field>
    </Sheet>
  );
}
