import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { formatShanghai } from '@domain/time';
import type { PeriodChoice } from '@domain/stats/period';
import { statsApi, type Dashboard, type StatsQuery } from '../../../api/stats';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { openPage } from '../../../navigation';
import { SectionView } from '../components/SectionView';
import { ExportSheet } from '../export/ExportSheet';
import { PeriodPicker } from './PeriodPicker';
import '../components/stats.scss';

const ALL = 'all';

/** 数据看板: the committee's community, the street's communities (all or one), the cadre's own work. */
export default function StatsDashboardPage() {
  return (
    <RoleOnly roles={['committee', 'street', 'cadre']} className="st-page">
      {(user) => <DashboardView user={user} />}
    </RoleOnly>
  );
}

function DashboardView({ user }: { user: SelfView }) {
  const [query, setQuery] = useState<StatsQuery>({ period: { kind: 'thisMonth' }, communityId: null });
  const [exporting, setExporting] = useState(false);
  const dashboard = useAsync(() => statsApi.dashboard(query), [JSON.stringify(query)]);
  usePullDownRefresh(() => {
    void dashboard.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  const setPeriod = (period: PeriodChoice) => setQuery((old) => ({ ...old, period }));
  const data = dashboard.data;
  return (
    <View id="stats-dashboard">
      {data ? <Heading data={data} /> : null}
      <PeriodPicker value={query.period} onChange={setPeriod} />
      {data && data.communities.length > 1 ? (
        <View className="st-communities">
          <ChoiceList
            idPrefix="stats-community"
            choices={[{ id: ALL, label: '全部社区' }, ...data.communities.map((c) => ({ id: c.id, label: c.name }))]}
            selected={query.communityId ?? ALL}
            onSelect={(id) => setQuery((old) => ({ ...old, communityId: id === ALL ? null : id }))}
          />
        </View>
      ) : null}
      {dashboard.status === 'error' ? (
        <ErrorView message={dashboard.error.message} onRetry={() => void dashboard.reload()} />
      ) : !data ? (
        <LoadingView />
      ) : (
        <Body data={data} updating={dashboard.status === 'loading'} onExport={() => setExporting(true)} />
      )}
      {exporting && data ? (
        <ExportSheet role={user.role} query={query} data={data} onClose={() => setExporting(false)} />
      ) : null}
    </View>
  );
}

function Heading({ data }: { data: Dashboard }) {
  return (
    <View className="st-heading" id="stats-heading">
      <Text className="st-heading__scope">{data.scopeLabel}</Text>
      <Text className="st-heading__period">{data.period.label}</Text>
    </View>
  );
}

function Body({ data, updating, onExport }: { data: Dashboard; updating: boolean; onExport: () => void }) {
  return (
    <View className={updating ? 'st-body st-body--updating' : 'st-body'} aria-busy={updating}>
      {updating ? <View className="st-updating mq-muted">正在更新…</View> : null}
      {data.sections.length === 0 ? (
        <StateView kind="empty" title="本期暂无记录" detail="各项工作有了记录，数字会出现在这里" />
      ) : (
        data.sections.map((section) => <SectionView key={section.key} section={section} />)
      )}
      <View className="st-footer">
        <Text className="mq-muted">{`统计于 ${formatShanghai(data.computedAt, 'MM-DD HH:mm')}，点数字可看口径`}</Text>
        <Button id="stats-export" type="primary" fill="outline" block className="st-footer__export" onClick={onExport}>
          导出台账
        </Button>
        {data.communityId ? (
          <Text
            id="stats-open-data"
            className="st-footer__link"
            onClick={() => void openPage(routes.openData, { communityId: data.communityId ?? undefined })}
          >
            {'社区公开数据（人人可下载）›'}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
