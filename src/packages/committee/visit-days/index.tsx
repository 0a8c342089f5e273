import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { formatShanghaiDay } from '@domain/time';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../../hooks/useAsync';
import { RoleOnly } from '../../../components/RoleOnly';
import { CommunityScope } from '../components/CommunityScope';
import { Tag } from '../../../components/Tag';
import { MoveDaySheet, type DayList, type MovableDay } from './MoveDaySheet';
import './index.scss';

export default function VisitDaysPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen">
      {(user) => <VisitDays user={user} />}
    </RoleOnly>
  );
}

function VisitDays({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="visit-days-page"
      intro="民情书记每月5日、15日、25日下沉接访。遇节假日可把某一天调整到前后10天内，居民会看到调整原因。"
    >
      {(communityId) => <CommunityDays key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

/** The committee hears what the move did: whose bookings moved along and were told. */
function movedMessage(
  originalDate: string,
  movedTo: string,
  outcome: { movedBookings: number; cancelledBookings: number },
): string {
  const moved = `已把${formatShanghaiDay(originalDate)}的接访调整到${formatShanghaiDay(movedTo)}，居民会看到调整原因`;
  const told =
    outcome.movedBookings > 0 ? `。${outcome.movedBookings} 位居民的预约（含候补）已一起改到新日期，并已通知` : '';
  const cancelled =
    outcome.cancelledBookings > 0
      ? `；${outcome.cancelledBookings} 位居民新日期已有其他预约，这一预约已取消并通知`
      : '';
  return `${moved}${told}${cancelled}`;
}

function CommunityDays({ communityId }: { communityId: string }) {
  const loaded = useAsync(() => call('visit', 'days', { communityId }), [communityId]);
  const [days, setDays] = useState<DayList | null>(null);
  const [moving, setMoving] = useState<MovableDay | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const list = days ?? loaded.data?.days ?? null;
  if (!list) {
    if (loaded.status === 'error')
      return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
    return <LoadingView />;
  }
  const moved = list.filter((d) => d.moved);
  return (
    <View>
      {result ? (
        <View className="cd-days-result" id="visit-days-result">
          {result}
        </View>
      ) : null}
      {moved.length > 0 ? (
        <View className="mq-card" id="moved-days">
          <View className="cd-days-card-title">已调整的接访日</View>
          {moved.map((d) => (
            <View key={d.originalDate} className="cd-moved" id={`moved-${d.originalDate}`}>
              <View className="mq-text">
                {formatShanghaiDay(d.originalDate)} → {formatShanghaiDay(d.date)}
              </View>
              <View className="mq-muted">原因：{d.reason}</View>
            </View>
          ))}
        </View>
      ) : null}
      <View className="mq-section-title">接下来的接访日</View>
      {list.map((day) => (
        <View key={day.originalDate} className="mq-card cd-day" id={`visit-day-${day.date}`}>
          <View className="cd-day__main">
            <View className="cd-day__date">
              {formatShanghaiDay(day.date)}
              {day.moved ? <Tag tone="warn">已调整</Tag> : null}
            </View>
            {day.moved ? (
              <View className="mq-muted">
                原定{formatShanghaiDay(day.originalDate)}：{day.reason}
              </View>
            ) : null}
            <View className="mq-muted">
              {day.slotCount > 0 ? `已发布 ${day.slotCount} 个时段，剩 ${day.seatsLeft} 个名额` : '还没有发布时段'}
            </View>
          </View>
          <Button
            id={`move-day-${day.originalDate}`}
            className="cd-day__button"
            type="primary"
            fill="outline"
            onClick={() => {
              setResult(null);
              setMoving(day);
            }}
          >
            {day.moved ? '重新调整' : '调整'}
          </Button>
        </View>
      ))}
      {moving ? (
        <MoveDaySheet
          communityId={communityId}
          day={moving}
          onDone={(outcome, movedTo) => {
            setDays(outcome.days);
            setResult(movedMessage(moving.originalDate, movedTo, outcome));
            setMoving(null);
          }}
          onClose={() => setMoving(null)}
        />
      ) : null}
    </View>
  );
}
