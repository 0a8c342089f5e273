import { wechatSubscribeGateway } from '../../../cloudfunctions/lib/adapters/wechat/wechatSubscribeGateway';

const message = {
  openid: 'o-1',
  templateId: 't-1',
  page: 'packages/resident/matter/index?id=m1',
  data: { thing1: { value: '停车难' } },
};

describe('WeChat subscribeMessage.send through the open-API gateway', () => {
  it('sends the documented request body', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const gateway = wechatSubscribeGateway(async (api, body) => {
      calls.push([api, body]);
      return { errcode: 0, errmsg: 'ok' };
    }, 'trial');
    expect(await gateway.send(message)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(calls).toEqual([
      [
        'cgi-bin/message/subscribe/send',
        {
          touser: 'o-1',
          template_id: 't-1',
          page: message.page,
          data: message.data,
          miniprogram_state: 'trial',
          lang: 'zh_CN',
        },
      ],
    ]);
  });

  it('passes WeChat’s errcode through, and never reads an unreadable answer as delivered', async () => {
    const answering = (reply: unknown) => wechatSubscribeGateway(async () => reply);
    expect(await answering({ errcode: 43101, errmsg: 'user refuse' }).send(message)).toEqual({
      errcode: 43101,
      errmsg: 'user refuse',
    });
    for (const reply of ['<html>502</html>', null, {}, { errcode: '0' }]) {
      expect((await answering(reply).send(message)).errcode).toBeNull();
    }
  });
});
