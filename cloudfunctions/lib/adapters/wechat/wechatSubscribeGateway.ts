import type { SubscribeGateway } from '../../ports/subscribeGateway';
import type { WxOpenApiCall } from './wechatContentCheck';

interface SendReplyBody {
  errcode?: number;
  errmsg?: string;
}

/**
 * Production sends: subscribeMessage.send through CloudBase's open-API gateway (the function's
 * config.json grants `subscribeMessage.send`). `miniprogramState` picks which build a tap opens:
 * formal for the released app, trial / developer while testing.
 */
export function wechatSubscribeGateway(
  callOpenApi: WxOpenApiCall,
  miniprogramState: 'formal' | 'trial' | 'developer' = 'formal',
): SubscribeGateway {
  return {
    async send(message) {
      const reply = (await callOpenApi('cgi-bin/message/subscribe/send', {
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: message.data,
        miniprogram_state: miniprogramState,
        lang: 'zh_CN',
      })) as SendReplyBody | string | null;
      // An answer we cannot read is not a delivery: null makes the dispatcher retry.
      if (!reply || typeof reply !== 'object' || typeof reply.errcode !== 'number') {
        return { errcode: null, errmsg: `unreadable reply: ${String(JSON.stringify(reply)).slice(0, 100)}` };
      }
      return { errcode: reply.errcode, errmsg: reply.errmsg ?? '' };
    },
  };
}
