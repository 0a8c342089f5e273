import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { volunteerStateLabels, type VolunteerState } from '@domain/service/volunteers';
import { CardTitle } from '../../../components/CardTitle';
import { Tag } from '../../../components/Tag';
import { openPage } from '../../../navigation';
import type { Tone } from '@domain/tones';
import './VolunteerCard.scss';

export interface MyVolunteerReport {
  state: VolunteerState;
  returnReason: string;
}

const tones: Record<VolunteerState, Tone> = { pending: 'warn', approved: 'good', returned: 'alert' };

/**
 * My 双报到: not reported yet (an invitation), waiting for the committee, returned (with the
 * reason and a way to report again), or approved (the order hall, my claims, my hours).
 */
export function VolunteerCard({ volunteer }: { volunteer: MyVolunteerReport | null }) {
  return (
    <View className="mq-card sv-volunteer" id="service-volunteer">
      <View className="sv-volunteer__head">
        <CardTitle>双报到 · 志愿服务</CardTitle>
        {volunteer ? (
          <Tag id="service-volunteer-state" state={volunteer.state} tone={tones[volunteer.state]}>
            {volunteerStateLabels[volunteer.state]}
          </Tag>
        ) : null}
      </View>
      <VolunteerBody volunteer={volunteer} />
    </View>
  );
}

function VolunteerBody({ volunteer }: { volunteer: MyVolunteerReport | null }) {
  if (!volunteer) {
    return (
      <>
        <View className="mq-text">党员和热心居民都可以向社区报到，帮邻居跑腿、陪诊、修修补补，服务时长会记下来。</View>
        <Entry id="service-report" text="我要报到" onTap={() => void openPage(routes.serviceReport)} />
      </>
    );
  }
  if (volunteer.state === 'pending') {
    return <View className="mq-text">报到已提交，社区居委会审核后会通知您。</View>;
  }
  if (volunteer.state === 'returned') {
    return (
      <>
        <View className="sv-volunteer__reason" id="service-volunteer-reason">
          退回原因：{volunteer.returnReason || '未说明'}
        </View>
        <Entry id="service-report" text="修改后重新报到" onTap={() => void openPage(routes.serviceReport)} />
      </>
    );
  }
  return (
    <View className="sv-volunteer__entries">
      <Entry id="service-hall" text="接单大厅" onTap={() => void openPage(routes.serviceOrders, { list: 'hall' })} />
      <Entry
        id="service-claims"
        text="我接的单"
        plain
        onTap={() => void openPage(routes.serviceOrders, { list: 'claims' })}
      />
      <Entry id="service-hours" text="我的志愿时长" plain onTap={() => void openPage(routes.serviceHours)} />
    </View>
  );
}

function Entry({ id, text, plain, onTap }: { id: string; text: string; plain?: boolean; onTap: () => void }) {
  return (
    <Button id={id} className="sv-volunteer__entry" type="primary" fill={plain ? 'outline' : 'solid'} onClick={onTap}>
      {text}
    </Button>
  );
}
