import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePageParams } from '../../../hooks/usePageParams';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { openPage } from '../../../navigation';
import { ActivityCard } from '../components/ActivityCard';
import './index.scss';

type When = 'upcoming' | 'past';

const tabs: { id: When; label: string }[] = [
  { id: 'upcoming', label: '即将开始' },
  { id: 'past', label: '已结束' },
];

const PAGE_SIZE = 20;

/**
 * 志愿活动: the community's activities, coming ones first (or those that are over), all of them
 * or one 红帆驿站's; each card says whether there are seats and where I stand. The committee
 * publishes new ones from here.
 */
export default function ServiceActivitiesPage() {
  const read = usePageParams(routes.serviceActivities);
  const stationId = (read.ok && read.params.stationId) || null;
  return (
    <RoleOnly roles={['resident', 'committee', 'cadre']} className="service-activities">
      {(user) => <Activities user={user} firstStationId={stationId} />}
    </RoleOnly>
  );
}

function Activities({ user, firstStationId }: { user: SelfView; firstStationId: string | null }) {
  const [when, setWhen] = useState<When>('upcoming');
  const [stationId, setStationId] = useState(firstStationId);
  const list = useCursorList(
    (cursor) =>
      call('service', 'activities', {
        when,
        ...(stationId ? { stationId } : {}),
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    [when, stationId],
  );
  usePagedFeed(list);
  const stationName = list.items.find((activity) => activity.stationId === stationId)?.stationName || '这个红帆驿站';
  const empty =
    when === 'upcoming'
      ? { title: '近期没有志愿活动', detail: '社区居委会发布活动后会出现在这里，下拉可以刷新' }
      : { title: '还没有已结束的活动' };
  return (
    <View id="service-activities-page">
      <View className="service-activities__top">
        {user.role === 'committee' ? (
          <Button
            id="activity-publish"
            className="service-activities__publish"
            type="primary"
            block
            onClick={() => void openPage(routes.committeeActivityNew)}
          >
            发布活动
          </Button>
        ) : null}
        {stationId ? (
          <View className="service-activities__station" id="activities-station">
            <View className="mq-text">只看{stationName}的活动</View>
            <View
              className="service-activities__all mq-tap"
              id="activities-all-stations"
              onClick={() => setStationId(null)}
            >
              看全部
            </View>
          </View>
        ) : null}
        <View className="service-activities__tabs">
          <ChoiceList
            idPrefix="activities-when"
            choices={tabs}
            selected={when}
            onSelect={(id) => setWhen(id as When)}
          />
        </View>
      </View>
      <CursorFeed
        list={list}
        empty={empty}
        id="activity-list"
        idPrefix="activities"
        renderItem={(activity) => <ActivityCard key={activity.id} activity={activity} />}
      />
    </View>
  );
}
