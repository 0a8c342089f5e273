import { View } from '@tarojs/components';
import { ChoiceList } from '../../../components/ChoiceList';
import { communityNames, type Directory } from '@domain/places';
import { orgLabels } from '@domain/roleScope';
import type { CaseRole } from '@domain/users';

/** The grids or the one body a case role acts for (docs/adr/0013); its communities follow from it. */
export interface CaseScope {
  gridIds: string[];
  orgId: string | null;
}

/** The bodies the admin can pick for a street, department or property user, from the directory. */
function bodiesOf(role: Exclude<CaseRole, 'gridWorker'>, directory: Directory) {
  if (role === 'street') return directory.streets;
  if (role === 'department') return directory.departments;
  return directory.propertyCompanies;
}

/** 网格员: several grids, each named with its community; the others: one street, department or company. */
export function ScopePicker({
  role,
  directory,
  scope,
  onChange,
}: {
  role: CaseRole;
  directory: Directory;
  scope: CaseScope;
  onChange: (scope: CaseScope) => void;
}) {
  if (role === 'gridWorker') {
    const toggle = (id: string) =>
      onChange({
        gridIds: scope.gridIds.includes(id) ? scope.gridIds.filter((x) => x !== id) : [...scope.gridIds, id],
        orgId: null,
      });
    return (
      <View>
        <View className="admin-editor__label">负责的网格（可多选）</View>
        <ChoiceList
          idPrefix="assign-grid"
          multiple
          choices={directory.grids.map((g) => ({
            id: g.id,
            label: `${g.name}（${communityNames(directory, [g.communityId])}）`,
          }))}
          selected={scope.gridIds}
          onSelect={toggle}
        />
      </View>
    );
  }
  const bodies = bodiesOf(role, directory);
  return (
    <View>
      <View className="admin-editor__label">{`所属${orgLabels[role]}`}</View>
      {bodies.length === 0 ? (
        <View className="mq-muted" id="assign-org-none">{`名录中还没有${orgLabels[role]}，请先在地点名录中添加`}</View>
      ) : (
        <ChoiceList
          idPrefix="assign-org"
          choices={bodies.map((b) => ({ id: b.id, label: b.name }))}
          selected={scope.orgId ?? ''}
          onSelect={(id) => onChange({ gridIds: [], orgId: id })}
        />
      )}
    </View>
  );
}
