import { View } from '@tarojs/components';
import { call } from '../../api/client';
import { residentNews, residentNewsState } from '@domain/notifications/residentNews';
import { useAsync } from '../../hooks/useAsync';
import { Tag } from '../Tag';
import './NewsSwitches.scss';

/**
 * A resident's 微信通知 at a glance: for each kind of news, whether the next one will reach their
 * WeChat, and what to tap to make it so. How many messages are allowed is WeChat's bookkeeping,
 * not theirs; the committee sees deliveries on its own page.
 */
export function NewsSwitches() {
  const credits = useAsync(() => call('notification', 'credits', {}), []);
  const allowed = (key: string) => credits.data?.credits.find((credit) => credit.key === key)?.credits ?? 0;
  return (
    <View className="mq-card mq-news" id="wechat-news">
      <View className="mq-news__intro">这些消息会不会发到您的微信：</View>
      {credits.data
        ? residentNews.map((news) => {
            const { on, state, how } = residentNewsState(news, allowed(news.key));
            return (
              <View key={news.key} className="mq-news__row" id={`news-${news.key}`} data-on={on ? 'yes' : 'no'}>
                <View className="mq-news__head">
                  <View className="mq-news__label">{news.label}</View>
                  <Tag tone={on ? 'good' : 'warn'} id={`news-${news.key}-state`}>
                    {state}
                  </Tag>
                </View>
                <View className="mq-news__how">{how}</View>
              </View>
            );
          })
        : null}
      {process.env.TARO_ENV === 'weapp' ? (
        <View className="mq-news__how" id="wechat-news-settings">
          微信不再询问时：点右上角「···」，进入「设置」里的「通知管理」打开。
        </View>
      ) : null}
      <View className="mq-news__how">没有发到微信的，在「消息」里都能看到。</View>
    </View>
  );
}
