import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { holderKindLabels, holderKinds, type HolderKind } from '@domain/casework/holders';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { useCursorList } from '../../../components/useCursorList';
import { useAsync } from '../../../hooks/useAsync';
import { CaseFeed } from '../components/CaseFeed';
import '../components/cases.scss';

const ALL = 'all';

interface Filter {
  communityId: string;
  holderKind: string;
  holderId: string;
  overdueOnly: boolean;
}

const noFilter: Filter = { communityId: ALL, holderKind: ALL, holderId: ALL, overdueOnly: false };

/** 街道督办: every open case of the street, the soonest due first, overdue ones in red. */
export default function CaseSupervisionPage() {
  return (
    <RoleOnly roles={['street']} className="cs-page">
      {() => <Supervision />}
    </RoleOnly>
  );
}

function Supervision() {
  const filters = useAsync(() => call('casework', 'supervisionFilters', {}), []);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const list = useCursorList(
    (cursor) =>
      call('casework', 'supervision', {
        ...(filter.communityId !== ALL ? { communityId: filter.communityId } : {}),
        ...(filter.holderKind !== ALL ? { holderKind: filter.holderKind as HolderKind } : {}),
        ...(filter.holderId !== ALL ? { holderId: filter.holderId } : {}),
        overdueOnly: filter.overdueOnly,
        limit: 20,
        ...(cursor ? { cursor } : {}),
      }),
    [filter],
  );
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void Promise.all([list.reload(), filters.reload()]);
    shown.current = true;
  });
  if (!filters.data) {
    if (filters.status === 'error') return <ErrorView message={filters.error.message} onRetry={filters.reload} />;
    return <LoadingView />;
  }
  const { communities, holders } = filters.data;
  const kindHolders = holders.filter((h) => h.kind === filter.holderKind);
  const set = (patch: Partial<Filter>) => setFilter((old) => ({ ...old, ...patch }));
  return (
    <View id="case-supervision">
      <View className="cs-filters">
        <View className="cs-filters__label">社区</View>
        <ChoiceList
          idPrefix="sv-community"
          choices={[
            { id: ALL, label: '全部社区' },
            ...communities.map((c) => ({
              id: c.id,
              label: `${c.name} ${c.open}件${c.overdue > 0 ? `·超期${c.overdue}` : ''}`,
            })),
          ]}
          selected={filter.communityId}
          onSelect={(communityId) => set({ communityId })}
        />
        <View className="cs-filters__label">承办单位</View>
        <ChoiceList
          idPrefix="sv-kind"
          choices={[{ id: ALL, label: '全部' }, ...holderKinds.map((k) => ({ id: k, label: holderKindLabels[k] }))]}
          selected={filter.holderKind}
          onSelect={(holderKind) => set({ holderKind, holderId: ALL })}
        />
        {kindHolders.length > 1 ? (
          <ChoiceList
            idPrefix="sv-holder"
            choices={[
              { id: ALL, label: `全部${holderKindLabels[filter.holderKind as HolderKind]}` },
              ...kindHolders.map((h) => ({ id: h.id, label: h.name })),
            ]}
            selected={filter.holderId}
            onSelect={(holderId) => set({ holderId })}
          />
        ) : null}
        <View className="cs-filters__label">超期</View>
        <ChoiceList
          idPrefix="sv-overdue"
          choices={[
            { id: 'all', label: '全部未结' },
            { id: 'overdue', label: '只看超期' },
          ]}
          selected={filter.overdueOnly ? 'overdue' : 'all'}
          onSelect={(id) => set({ overdueOnly: id === 'overdue' })}
        />
      </View>
      <View className="cs-intro mq-muted">按答复期限排序，最急的在前；超期的标红。</View>
      <CaseFeed
        list={list}
        id="supervision-list"
        empty={{
          title: filter.overdueOnly ? '没有超期的案件' : '没有未结的案件',
          detail: '社区派遣和网格员采集的案件会出现在这里',
        }}
      />
    </View>
  );
}
