import { View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { ResidentSearch } from './ResidentSearch';
import type { Beneficiary } from './whoForm';

/**
 * Whom staff act for: a resident of the community found by name or phone tail (phones masked),
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
        <ResidentSearch
          communityId={communityId}
          idPrefix="resident"
          selectedId={value?.kind === 'found' ? value.id : null}
          noneText="本社区没有找到这位居民。没有账号的老人请选「居民没有账号」。"
          onSelect={(chosen) => onChange({ kind: 'found', id: chosen.id, name: chosen.name })}
        />
      )}
    </Field>
  );
}
