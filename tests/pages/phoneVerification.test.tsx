import MatterNewPage from '../../src/packages/resident/matter-new/index';
import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto } from './dom';
import { mattersBackend } from './mattersBackend';
import { setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';

jest.mock('@tarojs/taro', () => require('./privacyTaroMock').taroWithPrivacy());

beforeEach(() => resetTaroMock());

/** 李明 as if WeChat had never vouched for his number: the demo seed verified it. */
async function unverifiedLi() {
  const server = await mattersBackend();
  await server.unverifyPhone('u-resident-li');
  return server;
}

describe('verifying the phone before publishing (h5 demo stand-in, real services over SQLite)', () => {
  it('asks before the first matter, takes the privacy agreement, verifies, then opens the form', async () => {
    const server = await unverifiedLi();
    const { calls } = renderPage(<MatterNewPage />, server.as('u-resident-li'));
    await appears('#phone-verify');
    expect(document.querySelector('#raise-form')).toBeNull();
    expect(text('#phone-verify')).toContain('其他居民看不到');

    typeInto('phone-verify-input', '1391234');
    click('#phone-verify-submit');
    await appears('#phone-verify-error');
    expect(text('#phone-verify-error')).toBe('请填写11位手机号码');

    typeInto('phone-verify-input', '13912345678');
    click('#phone-verify-submit');
    // The number is personal data: the privacy sheet asks first.
    await appears('#privacy-sheet');
    expect(calls.some((c) => c.event.action === 'verifyPhone')).toBe(false);
    click('#privacy-agree');
    await appears('#raise-form');
    const verify = calls.find((c) => c.event.action === 'verifyPhone')!;
    expect(verify.event.data).toEqual({ code: 'dev-phone:13912345678' });
    expect(await server.storage.users.findById('u-resident-li')).toMatchObject({
      phone: '13912345678',
      phoneVerifiedAt: expect.any(Number),
    });
  });

  it('says what still works when the privacy sheet is declined, and verifies nothing', async () => {
    const server = await unverifiedLi();
    const { calls } = renderPage(<MatterNewPage />, server.as('u-resident-li'));
    await appears('#phone-verify');
    typeInto('phone-verify-input', '13912345678');
    click('#phone-verify-submit');
    await appears('#privacy-sheet');
    click('#privacy-decline');
    await appears('#phone-verify-declined');
    expect(text('#phone-verify-declined')).toContain('没有验证也可以浏览、支持和预约走访');
    expect(calls.some((c) => c.event.action === 'verifyPhone')).toBe(false);
    expect(await server.storage.users.findById('u-resident-li')).toMatchObject({ phoneVerifiedAt: null });
  });

  it('puts the verification where the comment box would be, and the box once verified', async () => {
    const server = await unverifiedLi();
    const id = await server.publish('u-resident-zhang', '小区门口乱停车');
    setRouterParams({ id });
    renderPage(<MatterPage />, server.as('u-resident-li'));
    await appears('#phone-verify');
    expect(document.querySelector('#comment-box')).toBeNull();
    expect(text('#phone-verify')).toContain('发表评论前需要先验证一次手机号');
    typeInto('phone-verify-input', '13912345678');
    click('#phone-verify-submit');
    await appears('#privacy-sheet');
    click('#privacy-agree');
    await appears('#comment-box');
    expect($('#comment-submit')).toBeTruthy();
  });
});
