import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { formatShanghai } from '@domain/time';
import { homeLoaders, type CommitteeWorkbench as Workbench } from '../../api/home';
import { openPage } from '../../navigation';
import { CountTile } from './CountTile';
import { orderForEntry, statsEntry } from './sharedEntries';
import { WorkbenchShell } from './WorkbenchShell';

const entries = [
  statsEntry,
  { id: 'entry-moderation', name: '说事审核', hint: '待审核与被举报', open: () => openPage(routes.moderation) },
  { id: 'entry-move-days', name: '调整接访日', hint: '节假日改期', open: () => openPage(routes.moveVisitDays) },
  {
    id: 'entry-service-orders',
    name: '服务订单',
    hint: '群众点单与指派',
    open: () => openPage(routes.committeeServiceOrders),
  },
  orderForEntry,
  { id: 'entry-volunteers', name: '志愿者', hint: '报到审核与时长', open: () => openPage(routes.committeeVolunteers) },
  {
    id: 'entry-service-setup',
    name: '服务设置',
    hint: '服务菜单与驿站',
    open: () => openPage(routes.committeeServiceSetup),
  },
  { id: 'entry-case-verify', name: '待核查', hint: '街呼区应现场核查', open: () => openPage(routes.caseToVerify) },
  { id: 'entry-case-routing', name: '街道路由表', hint: '谁承办、多久答复', open: () => openPage(routes.caseRouting) },
  { id: 'entry-deliveries', name: '微信通知', hint: '送达情况', open: () => openPage(routes.deliveries) },
];

/** 居委会工作台: what waits for the committee, each count one tap from where it is handled. */
export function CommitteeWorkbench() {
  return (
    <WorkbenchShell id="committee-workbench" title="工作台" load={homeLoaders.committee} entries={entries}>
      {(workbench) => <Counts workbench={workbench} />}
    </WorkbenchShell>
  );
}

function Counts({ workbench }: { workbench: Workbench }) {
  const { moderation, overdue, meetings } = workbench;
  const pending = moderation.pendingMatters + moderation.pendingComments;
  const flagged = moderation.flaggedMatters + moderation.flaggedComments;
  const openQueue = (queue: 'pendingMatters' | 'pendingComments' | 'flaggedMatters' | 'flaggedComments') =>
    void openPage(routes.moderation, { queue });
  const manage = (id: string) => void openPage(routes.manageMatter, { id });
  return (
    <View>
      <View className="mq-count-grid">
        <CountTile
          id="count-pending"
          label="待审核"
          count={pending}
          detail={`说事 ${moderation.pendingMatters} · 评论 ${moderation.pendingComments}`}
          onOpen={() => openQueue(moderation.pendingMatters > 0 ? 'pendingMatters' : 'pendingComments')}
        />
        <CountTile
          id="count-flagged"
          label="被举报"
          count={flagged}
          detail={`说事 ${moderation.flaggedMatters} · 评论 ${moderation.flaggedComments}`}
          onOpen={() => openQueue(moderation.flaggedMatters > 0 ? 'flaggedMatters' : 'flaggedComments')}
        />
        <CountTile
          id="count-overdue"
          label="逾期未办"
          count={overdue.count}
          detail={overdue.items[0]?.title ?? '上报后超过答复期限'}
          urgent
          onOpen={() => manage(overdue.items[0].id)}
        />
        <CountTile
          id="count-meetings"
          label="今日协商"
          count={meetings.length}
          detail={
            meetings[0]
              ? `${formatShanghai(meetings[0].scheduledAt, 'HH:mm')} ${meetings[0].matterTitle}`
              : '今天没有协商会'
          }
          onOpen={() => manage(meetings[0].matterId)}
        />
      </View>
    </View>
  );
}
