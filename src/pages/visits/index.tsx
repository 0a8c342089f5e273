import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../api/client';
import { ChoiceList } from '../../components/ChoiceList';
import { Screen } from '../../components/Screen';
import { CommunityGate } from '../../components/CommunityGate';
import { SessionGate } from '../../components/SessionGate';
import { useUnreadBadge } from '../../components/useUnreadBadge';
import { ErrorView, LoadingView, StateView } from '../../components/StateView';
import { useVisitChanged } from '../../components/visits/visitEvents';
import { VisitDayCard } from '../../components/visits/VisitDayCard';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../hooks/useAsync';
import { useSession } from '../../state/session';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/** 民意5来听, the 约见 tab: the community's next visit days, what is left to book, and my bookings. */
export default function VisitsPage() {
  // A tab page: shows the unread count on the 我的 tab whenever it comes into view.
  useUnreadBadge();
  return (
    <Screen className="visits-page">
      <SessionGate>
        {(user) => (
          <CommunityGate
            user={user}
            adminNote={{ title: '接访由各社区安排', detail: '管理员可在「我的」里指定民情书记和居委会成员' }}
            profileNote="选好您所在的社区，就能预约民情书记来听您说"
          >
            <VisitDays user={user} />
          </CommunityGate>
        )}
      </SessionGate>
    </Screen>
  );
}

function VisitDays({ user }: { user: SelfView }) {
  const { directory } = useSession();
  const isResident = user.role === 'resident';
  const [communityId, setCommunityId] = useState<string | undefined>(isResident ? undefined : user.communityIds[0]);
  const days = useAsync(() => call('visit', 'days', communityId ? { communityId } : {}), [communityId]);

  usePullDownRefresh(() => {
    void days.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  useVisitChanged(() => void days.reload());

  const communities = (directory?.communities ?? []).filter((c) => user.communityIds.includes(c.id));
  const nowMs = Date.now();

  return (
    <View>
      <View className="visits-hero">
        <View className="visits-hero__title">民意5来听</View>
        <View className="visits-hero__text">
          {isResident
            ? '每月5日、15日、25日，民情书记到社区听您说。有话想当面说，选一个时段预约就行。'
            : '每月5日、15日、25日，民情书记到社区听居民说。下面是本社区的接访日和预约情况。'}
        </View>
        {isResident ? (
          <View id="my-visits-link" className="visits-hero__link mq-tap" onClick={() => void openPage(routes.myVisits)}>
            <View>我的约见</View>
            <View className="visits-hero__link-more">预约、民情日记和跟进 ›</View>
          </View>
        ) : null}
        {user.role === 'cadre' ? (
          <View
            id="cadre-slots-link"
            className="visits-hero__link mq-tap"
            onClick={() => void openPage(routes.cadreSlots)}
          >
            <View>发布接访时段</View>
            <View className="visits-hero__link-more">每个接访日的时段 ›</View>
          </View>
        ) : null}
        {user.role === 'committee' ? (
          <View
            id="committee-visit-days-link"
            className="visits-hero__link mq-tap"
            onClick={() => void openPage(routes.moveVisitDays)}
          >
            <View>调整接访日</View>
            <View className="visits-hero__link-more">遇节假日可改期 ›</View>
          </View>
        ) : null}
      </View>

      {!isResident && communities.length > 1 ? (
        <View className="visits-filter">
          <ChoiceList
            idPrefix="visits-community"
            choices={communities.map((c) => ({ id: c.id, label: c.name }))}
            selected={communityId ?? null}
            onSelect={setCommunityId}
          />
        </View>
      ) : null}

      <View className="mq-section-title">接下来的接访日</View>
      {days.status === 'error' && !days.data ? (
        <ErrorView message={days.error.message} onRetry={() => void days.reload()} />
      ) : !days.data ? (
        <LoadingView />
      ) : days.data.days.length === 0 ? (
        <StateView kind="empty" title="近期没有接访日" detail="社区调整接访日后会在这里显示" />
      ) : (
        <View id="visit-days">
          {days.status === 'error' ? (
            <View className="visits-note mq-tap" id="visit-days-refresh-error" onClick={() => void days.reload()}>
              刷新失败：{days.error.message}（点此重试）
            </View>
          ) : null}
          {days.data.days.map((day) => (
            <VisitDayCard key={day.date} day={day} communityId={communityId} nowMs={nowMs} />
          ))}
          <View className="visits-foot mq-muted" id="visits-office">
            {days.data.officePhone
              ? `取消或改约截止后如需调整，请致电社区：${days.data.officePhone}`
              : '取消或改约截止后如需调整，请联系社区居委会'}
          </View>
        </View>
      )}
    </View>
  );
}
