import { Text, View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { formatShanghaiDay } from '@domain/time';
import { visitModeLabels } from '@domain/visits/views';
import { homeLoaders, type CadreWorkbench as Workbench } from '../../api/home';
import { openPage } from '../../navigation';
import { Tag } from '../Tag';
import { timeWindow } from '../visits/format';
import { CountTile } from './CountTile';
import { orderForEntry, statsEntry } from './sharedEntries';
import { WorkbenchShell } from './WorkbenchShell';

const entries = [
  { id: 'entry-slots', name: '发布时段', hint: '接访日的时段与名额', open: () => openPage(routes.cadreSlots) },
  { id: 'entry-sheet', name: '接访单', hint: '到场、现场来访、民情日记', open: () => openPage(routes.daySheet) },
  orderForEntry,
  statsEntry,
];

/** 民情书记工作台: today's visits, the follow-ups that wait (overdue in red), the next visit day. */
export function CadreWorkbench() {
  return (
    <WorkbenchShell id="cadre-workbench" title="工作台" load={homeLoaders.cadre} entries={entries}>
      {(workbench) => <Sections workbench={workbench} />}
    </WorkbenchShell>
  );
}

function Sections({ workbench }: { workbench: Workbench }) {
  return (
    <View>
      <Today workbench={workbench} />
      <FollowUps followUps={workbench.followUps} />
      <NextDay nextDay={workbench.nextDay} />
    </View>
  );
}

function Today({ workbench }: { workbench: Workbench }) {
  const { today, todayIsVisitDay, todaySlots } = workbench;
  const openSheet = () => void openPage(routes.daySheet, { date: today });
  return (
    <View>
      <View className="mq-section-title">今日接访</View>
      <View className="mq-card" id="today-visits">
        {todaySlots.length > 0 ? (
          todaySlots.map((slot) => (
            <View key={slot.id} className="mq-home-row mq-home-row--split" onClick={openSheet}>
              <View className="mq-home-row__main">
                <Text className="mq-text">{timeWindow(slot)}</Text>
                <Text className="mq-muted">{` ${visitModeLabels[slot.mode]}${slot.place ? ` · ${slot.place}` : ''}`}</Text>
              </View>
              <Text className="mq-home-row__seats">{`已约 ${slot.seatsTaken}/${slot.capacity}`}</Text>
            </View>
          ))
        ) : (
          <View className="mq-home-row" onClick={todayIsVisitDay ? () => void openPage(routes.cadreSlots) : undefined}>
            <Text className="mq-text">{todayIsVisitDay ? '今天是接访日，您还没有发布时段' : '今天不是接访日'}</Text>
          </View>
        )}
      </View>
    </View>
  );
}

function FollowUps({ followUps }: { followUps: Workbench['followUps'] }) {
  return (
    <View>
      <View className="mq-count-grid mq-count-grid--one">
        <CountTile
          id="count-followups"
          label="待跟进"
          count={followUps.open}
          detail={followUps.overdue > 0 ? `其中 ${followUps.overdue} 件已逾期` : '没有逾期'}
          urgent={followUps.overdue > 0}
          onOpen={() => void openPage(routes.followUps)}
        />
      </View>
    </View>
  );
}

function NextDay({ nextDay }: { nextDay: Workbench['nextDay'] }) {
  if (!nextDay) return null;
  const published = nextDay.slotCount > 0;
  const open = () => void (published ? openPage(routes.daySheet, { date: nextDay.date }) : openPage(routes.cadreSlots));
  return (
    <View>
      <View className="mq-section-title">下一个接访日</View>
      <View className="mq-card" id="next-day" onClick={open}>
        <View className="mq-home-row mq-home-row--split">
          <Text className="mq-text mq-home-row__main">{formatShanghaiDay(nextDay.date)}</Text>
          <Tag tone={published ? 'good' : 'warn'} state={published ? 'published' : 'unpublished'}>
            {published ? `已发布 ${nextDay.slotCount} 个时段` : '还没有发布时段'}
          </Tag>
        </View>
        <Text className="mq-muted">
          {published ? `已约 ${nextDay.seatsTaken}/${nextDay.capacity} 个名额` : '点此去发布时段'}
        </Text>
      </View>
    </View>
  );
}
