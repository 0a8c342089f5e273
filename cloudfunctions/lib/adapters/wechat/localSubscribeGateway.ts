import type { Logger } from '../../ports/logger';
import type { SubscribeGateway, SubscribeMessage } from '../../ports/subscribeGateway';

/**
 * The local host's stand-in for WeChat: every would-be send is accepted, kept in `sends` and
 * logged. What a user would have received is also on their outbox rows (status sent), which
 * the h5 app shows under 我的 > 消息 > 微信通知.
 */
export function localSubscribeGateway(logger?: Logger): SubscribeGateway & { sends: SubscribeMessage[] } {
  const sends: SubscribeMessage[] = [];
  return {
    sends,
    async send(message) {
      sends.push(message);
      logger?.info('wechat_subscribe_send', {
        templateId: message.templateId,
        page: message.page,
        data: Object.fromEntries(Object.entries(message.data).map(([k, v]) => [k, v.value])),
      });
      return { errcode: 0, errmsg: 'ok' };
    },
  };
}
