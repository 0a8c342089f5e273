import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { openPage } from '../../../navigation';
import { HoursSummary, type HoursTotals } from './HoursSummary';
import { LedgerEntryCard } from './LedgerEntryCard';
import './index.scss';

const PAGE_SIZE = 20;

/** 志愿时长: my total hours and stars, and every entry of my ledger, newest first. */
export default function ServiceHoursPage() {
  return (
    <RoleOnly roles={['resident']} className="service-hours">
      {() => <Hours />}
    </RoleOnly>
  );
}

function Hours() {
  const [totals, setTotals] = useState<HoursTotals | null>(null);
  // One call answers the totals with each page of entries; the first page's totals are shown.
  const entries = useCursorList(async (cursor) => {
    const answer = await call('service', 'hours', { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    if (!cursor) setTotals(answer);
    return answer.entries;
  }, []);
  usePagedFeed(entries);
  const empty = {
    title: '还没有志愿时长',
    detail: '在接单大厅接单，服务完成、居民确认后，时长会记在这里',
    actionText: '去接单大厅',
    onAction: () => void openPage(routes.serviceOrders, { list: 'hall' }),
  };
  return (
    <View id="service-hours-page">
      {totals ? <HoursSummary totals={totals} /> : null}
      {totals ? <View className="mq-section-title">时长明细（最新的在前）</View> : null}
      <CursorFeed
        list={entries}
        empty={empty}
        id="ledger-list"
        idPrefix="ledger"
        renderItem={(entry) => <LedgerEntryCard key={entry.id} entry={entry} />}
      />
    </View>
  );
}
