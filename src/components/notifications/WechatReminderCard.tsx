import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { askConsent, type Credit } from '../../api/subscribe';
import { consentMoments } from '@domain/notifications/templates';
import { useAsync } from '../../hooks/useAsync';
import './WechatReminderCard.scss';

const staffKeys: readonly string[] = consentMoments.staff;

function creditsLine(credits: Credit[]): string {
  const mine = credits.filter((c) => staffKeys.includes(c.key));
  return `还能收到：${mine.map((c) => `${c.title}${c.credits}条`).join('，')}`;
}

/**
 * 开启微信提醒 for cadres and committees: WeChat sends one message per 允许, so staff top up
 * their reminders (follow-ups due, overdue escalations, matter progress) with a tap here.
 */
export function WechatReminderCard() {
  const loaded = useAsync(() => call('notification', 'credits', {}), []);
  const [credits, setCredits] = useState<Credit[] | null>(null);
  const [result, setResult] = useState('');
  const shown = credits ?? loaded.data?.credits ?? null;

  function enable() {
    // First thing in the tap: WeChat shows its dialog only from inside a tap.
    void askConsent('staff').then((outcome) => {
      if (outcome.status === 'granted') {
        setCredits(outcome.credits);
        setResult('已开启，有到期的待办会发到您的微信');
      } else if (outcome.status === 'declined') {
        setResult('没有开启。需要时可以再点一次');
      } else {
        setResult('这次没能开启，请稍后再试');
      }
    });
  }

  return (
    <View className="mq-card mq-reminder" id="wechat-reminder">
      <View className="mq-reminder__title">微信提醒</View>
      <View className="mq-reminder__detail">
        跟进到期、上报逾期、说事有进展时，发微信提醒您。微信规定每点一次「允许」只能收到一条，用完了再点一次。
      </View>
      {shown ? (
        <View className="mq-reminder__credits" id="wechat-reminder-credits">
          {creditsLine(shown)}
        </View>
      ) : null}
      {result ? (
        <View className="mq-reminder__result" id="wechat-reminder-result" role="status">
          {result}
        </View>
      ) : null}
      <Button
        id="wechat-reminder-enable"
        className="mq-reminder__button"
        type="primary"
        fill="outline"
        size="large"
        block
        onClick={enable}
      >
        开启微信提醒
      </Button>
    </View>
  );
}
