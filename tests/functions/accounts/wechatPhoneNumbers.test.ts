import { wechatPhoneNumbers } from '../../../cloudfunctions/lib/adapters/wechat/wechatPhoneNumbers';

/** WeChat's answers to wxa/business/getuserphonenumber, as its documentation shows them. */
describe('wechatPhoneNumbers', () => {
  function answering(reply: unknown) {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const phones = wechatPhoneNumbers(async (apiName, data) => {
      calls.push([apiName, data]);
      return reply;
    });
    return { phones, calls };
  }

  it('sends the code to the phone-number API and takes the mainland number it vouches for', async () => {
    const { phones, calls } = answering({
      errcode: 0,
      errmsg: 'ok',
      phone_info: { phoneNumber: '+86 13912345678', purePhoneNumber: '13912345678', countryCode: '86' },
    });
    expect(await phones.exchange('code-1')).toEqual({ ok: true, phone: '13912345678' });
    expect(calls).toEqual([['wxa/business/getuserphonenumber', { code: 'code-1' }]]);
  });

  it.each([
    ['a used or expired code', { errcode: 40029, errmsg: 'invalid code' }, 'invalid'],
    [
      'a number outside the mainland',
      { errcode: 0, phone_info: { purePhoneNumber: '61234567', countryCode: '852' } },
      'foreign',
    ],
    ['a system error', { errcode: -1, errmsg: 'system error' }, 'unavailable'],
    ['no answer', null, 'unavailable'],
    ['an answer without a number', { errcode: 0 }, 'unavailable'],
  ])('refuses %s', async (_case, reply, reason) => {
    expect(await answering(reply).phones.exchange('code')).toEqual({ ok: false, reason });
  });
});
