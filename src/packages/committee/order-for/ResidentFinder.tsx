import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import type { Beneficiary } from './orderForForm';

type Found = { id: string; name: string; building: string; phone: string };

/** `张桂兰 · 3号楼 · 138****1234`: enough to tell two residents of one name apart, never the whole phone. */
const foundLabel = (r: Found) => [r.name, r.building, r.phone].filter(Boolean).join(' · ');

/**
 * Whom staff order for: a resident of the community found by name or phone tail (phones masked),
 * or, for an elder with no account, just their name.
 */
export function ResidentFinder({
  communityId,
  value,
  error,
  onChange,
}: {
  communityId: string;
  value: Beneficiary | null;
  error?: string;
  onChange: (beneficiary: Beneficiary | null) => void;
}) {
  const [mode, setMode] = useState<'search' | 'named'>(value?.kind === 'named' ? 'named' : 'search');
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const finding = useCommand();

  async function find() {
    const input = { communityId, search: search.trim() };
    if (!input.search) return finding.refuse('请输入姓名或手机尾号', 'search');
    const sent = await finding.run(input, () => call('service', 'findResidents', input));
    if (sent.ok) setFound(sent.value.items);
  }

  function switchTo(next: 'search' | 'named') {
    setMode(next);
    onChange(null);
  }

  return (
    <Field id="order-for-residentName" label="为哪位居民代办" error={error}>
      <ChoiceList
        idPrefix="resident-mode"
        choices={[
          { id: 'search', label: '查找居民' },
          { id: 'named', label: '居民没有账号' },
        ]}
        selected={mode}
        onSelect={(id) => switchTo(id as 'search' | 'named')}
      />
      {mode === 'named' ? (
        <View className="of-finder">
          <TextBox
            id="resident-name"
            value={value?.kind === 'named' ? value.name : ''}
            placeholder="居民姓名，如：孙秀兰"
            maxLength={20}
            onChange={(name) => onChange(name.trim() ? { kind: 'named', name: name.trim() } : null)}
          />
        </View>
      ) : (
        <View className="of-finder">
          <View className="of-finder__row">
            <TextBox
              id="resident-search"
              value={search}
              placeholder="姓名或手机尾号"
              maxLength={20}
              onChange={setSearch}
            />
            <Button
              id="resident-search-go"
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
            <View className="of-finder__error" id="resident-search-error" role="alert">
              {finding.error.message}
            </View>
          ) : null}
          {found && found.length === 0 ? (
            <View className="mq-muted" id="resident-none">
              本社区没有找到这位居民。没有账号的老人请选「居民没有账号」。
            </View>
          ) : null}
          {found && found.length > 0 ? (
            <ChoiceList
              idPrefix="resident"
              choices={found.map((r) => ({ id: r.id, label: foundLabel(r) }))}
              selected={value?.kind === 'found' ? value.id : null}
              onSelect={(id) => {
                const chosen = found.find((r) => r.id === id)!;
                onChange({ kind: 'found', id: chosen.id, name: chosen.name });
              }}
            />
          ) : null}
        </View>
      )}
    </Field>
  );
}
