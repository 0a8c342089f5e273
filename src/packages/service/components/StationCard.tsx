import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { routes } from '@domain/routes';
import type { StationView } from '@domain/service/views';
import { formatShanghai } from '@domain/time';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import { openPage } from '../../../navigation';
import './StationCard.scss';

/**
 * One 红帆驿站: how far it is on foot from my compound, when it is open, its phone (a tap calls it:
 * it is a service point, not a person), the services it takes orders for (a tap orders one) and
 * its coming volunteer activities (a tap opens one; 全部活动 lists the station's).
 */
export function StationCard({ station, onOrder }: { station: StationView; onOrder: (itemId: string) => void }) {
  const id = `service-station-${station.id}`;
  return (
    <View className="mq-card sv-station" id={id}>
      <View className="sv-station__head">
        <View className="sv-station__name">{station.name}</View>
        {station.walk ? (
          <Tag id={`${id}-walk`} tone="good">
            {station.walk}
          </Tag>
        ) : null}
      </View>
      <InfoRow label="地址">{station.address}</InfoRow>
      <InfoRow label="开放时间">{station.openingHours}</InfoRow>
      {station.contactPhone ? (
        <InfoRow label="电话">
          <View
            id={`${id}-phone`}
            className="sv-station__phone"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: station.contactPhone })}
          >
            {station.contactPhone}（点击拨打）
          </View>
        </InfoRow>
      ) : null}
      {station.items.length ? (
        <View className="sv-station__items">
          <View className="mq-muted">在这里可以点：</View>
          <View className="sv-station__chips">
            {station.items.map((item) => (
              <View
                key={item.id}
                id={`${id}-item-${item.id}`}
                className="sv-station__chip"
                onClick={() => onOrder(item.id)}
              >
                {item.name}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <StationActivities station={station} />
    </View>
  );
}

function StationActivities({ station }: { station: StationView }) {
  const id = `service-station-${station.id}`;
  return (
    <View className="sv-station__activities" id={`${id}-activities`}>
      <View className="sv-station__activities-head">
        <View className="mq-muted">志愿活动</View>
        <View
          id={`${id}-all-activities`}
          className="sv-station__all mq-tap"
          onClick={() => void openPage(routes.serviceActivities, { stationId: station.id })}
        >
          全部活动
        </View>
      </View>
      {station.upcomingActivities.length ? (
        station.upcomingActivities.map((activity) => (
          <View
            key={activity.id}
            id={`${id}-activity-${activity.id}`}
            className="sv-station__activity mq-tap"
            onClick={() => void openPage(routes.serviceActivity, { id: activity.id })}
          >
            <View className="sv-station__activity-when">{formatShanghai(activity.startAt, 'M月D日 HH:mm')}</View>
            <View className="sv-station__activity-title">{activity.title}</View>
          </View>
        ))
      ) : (
        <View className="mq-muted" id={`${id}-no-activities`}>
          近期没有活动
        </View>
      )}
    </View>
  );
}
