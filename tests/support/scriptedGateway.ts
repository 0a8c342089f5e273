import type { SendReply, SubscribeGateway, SubscribeMessage } from '../../cloudfunctions/lib/ports/subscribeGateway';

/**
 * WeChat's subscribeMessage.send as a test wants it: every call is recorded, and `reply` decides
 * the answer (errcode 0 by default). A reply of 'throw' is a send that got no answer.
 */
export function scriptedGateway(reply: (message: SubscribeMessage, call: number) => SendReply | 'throw' = () => ok) {
  const sends: SubscribeMessage[] = [];
  const gateway: SubscribeGateway & { sends: SubscribeMessage[] } = {
    sends,
    async send(message) {
      sends.push(message);
      const answer = reply(message, sends.length);
      if (answer === 'throw') throw new Error('connect ETIMEDOUT');
      return answer;
    },
  };
  return gateway;
}

const ok: SendReply = { errcode: 0, errmsg: 'ok' };
