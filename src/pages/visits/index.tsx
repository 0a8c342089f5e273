import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { StateView } from '../../components/StateView';
import { formatShanghaiDay } from '../../domain/time';
import { upcomingVisitDays } from '../../domain/visitDays';

/** 民意5来听: the visit days are computed here; bookable slots arrive with the booking feature. */
export default function VisitsPage() {
  return (
    <Screen>
      <SessionGate>
        {() => (
          <View>
            <View className="mq-card">
              <View className="mq-title">民意5来听</View>
              <View className="mq-muted">每月5日、15日、25日，民情书记到小区和红帆驿站听取居民意见。</View>
            </View>
            <View className="mq-section-title">接下来的接访日</View>
            <View className="mq-card" id="upcoming-visit-days">
              {upcomingVisitDays(Date.now(), 3).map((date) => (
                <View className="mq-tap" key={date}>
                  <Text className="mq-text">{formatShanghaiDay(date)}</Text>
                </View>
              ))}
            </View>
            <StateView kind="empty" title="暂无可预约的接访" detail="民情书记发布接访安排后，可以在这里预约" />
          </View>
        )}
      </SessionGate>
    </Screen>
  );
}
