import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import type { FoundResident } from './whoForm';

/** `张桂兰 · 3号楼 · 138****1234`: enough to tell two residents of one name apart, never the whole phone. */
const foundLabel = (r: FoundResident) => [r.name, r.building, r.phone].filter(Boolean).join(' · ');

/**
 * Finds registered residents of the community by name or phone tail (phones masked) and lets
 * staff pick one. `idPrefix` names its parts (`<prefix>-search`, `<prefix>-<userId>`).
 */
export function ResidentSearch({
  communityId,
  idPrefix,
  selectedId,
  noneText,
  onSelect,
}: {
  communityId: string;
  idPrefix: string;
  selectedId: string | null;
  noneText: string;
  onSelect: (resident: FoundResident) => void;
}) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<FoundResident[] | null>(null);
  const finding = useCommand();

  async function find() {
    const input = { communityId, search: search.trim() };
    if (!input.search) return finding.refuse('请输入姓名或手机尾号', 'search');
    const sent = await finding.run(input, () => call('service', 'findResidents', input));
    if (sent.ok) setFound(sent.value.items);
  }

  return (
    <View className="of-finder">
      <View className="of-finder__row">
        <TextBox
          id={`${idPrefix}-search`}
          value={search}
          placeholder="姓名或手机尾号"
          maxLength={20}
          onChange={setSearch}
        />
        <Button
          id={`${idPrefix}-search-go`}
          className="of-finder__go"
          type="primary"
          fill="outline"
          loading={finding.busy}
          onClick={() => void find()}
        >
          查找
        </Button>
      </View>
      {finding.error ? (
        <View className="of-finder__error" id={`${idPrefix}-search-error`} role="alert">
          {finding.error.message}
        </View>
      ) : null}
      {found && found.length === 0 ? (
        <View className="mq-muted" id={`${idPrefix}-none`}>
          {noneText}
        </View>
      ) : null}
      {found && found.length > 0 ? (
        <ChoiceList
          idPrefix={idPrefix}
          choices={found.map((r) => ({ id: r.id, label: foundLabel(r) }))}
          selected={selectedId}
          onSelect={(id) => onSelect(found.find((r) => r.id === id)!)}
        />
      ) : null}
    </View>
  );
}
