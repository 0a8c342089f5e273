import { localPhoneCode as code } from '@domain/localPhoneCode';
import { seededBackend, type SeededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { requestId } from '../../support/testDeps';
import { draft } from '../matters/matterEnv';

/** A matter of 东门社区 (a verified demo resident's) that the committee published. */
async function publishedMatter(server: SeededBackend): Promise<string> {
  const { matter } = await server.act('matter', 'u-resident-zhang', 'raise', draft);
  await server.act('matter', 'u-committee-chen', 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id],
    decision: 'approve',
  });
  return matter.id as string;
}

/** 后台实名、前台自愿: publishing needs a phone number WeChat vouched for; others see the chosen name. */
describe.each(engines)('account.verifyPhone and publishing on %s', (engine) => {
  async function newcomer() {
    const server = await seededBackend({ engine });
    const sun = await server.newResident('wx-sun', '孙大爷');
    return { server, sun, caller: { openid: sun.openid } };
  }

  it('refuses a newcomer raising or commenting before verifying, and changes nothing', async () => {
    const { server, caller } = await newcomer();
    const matterId = await publishedMatter(server);
    const before = server.snapshot();
    expect(await server.call('matter', caller, 'raise', draft)).toMatchObject({
      ok: false,
      code: 'PHONE_UNVERIFIED',
      message: '发布前请先验证手机号，号码只用于实名登记，不会公开',
    });
    expect(await server.call('matter', caller, 'comment', { matterId, body: '我也遇到过' })).toMatchObject({
      ok: false,
      code: 'PHONE_UNVERIFIED',
    });
    expect(server.snapshot()).toEqual(before);
  });

  it('verifies through the exchanged code, after which the same resident publishes under the chosen name', async () => {
    const { server, caller } = await newcomer();
    const verified = await server.call('account', caller, 'verifyPhone', { code: code('13912345678') });
    expect(verified).toMatchObject({
      ok: true,
      data: { user: { name: '孙大爷', phone: '13912345678', phoneVerified: true } },
    });
    const raised = await server.call('matter', caller, 'raise', draft);
    expect(raised).toMatchObject({ ok: true, data: { matter: { title: draft.title } } });
    // Others never see the number: the author is shown by the name they chose.
    expect(JSON.stringify(raised)).not.toContain('13912345678');
  });

  it('answers a retried verification from its first answer', async () => {
    const { server, caller } = await newcomer();
    const id = requestId();
    const first = await server.call('account', caller, 'verifyPhone', { code: code('13912345678') }, id);
    const again = await server.call('account', caller, 'verifyPhone', { code: code('13912345678') }, id);
    expect(again).toEqual(first);
  });

  it.each([
    ['an expired or forged code', 'wx-code-that-wechat-refuses', 'BAD_INPUT', '手机号验证已失效，请重新点击验证'],
    ['a number outside the mainland', code('85212345678'), 'BAD_INPUT', '目前只支持中国大陆手机号'],
    ['an empty code', '  ', 'BAD_INPUT', '请重新点击验证手机号'],
  ])('refuses %s and changes nothing', async (_case, given, errorCode, message) => {
    const { server, caller } = await newcomer();
    const before = server.snapshot();
    const answer = await server.call('account', caller, 'verifyPhone', { code: given });
    expect(answer).toMatchObject({ ok: false, code: errorCode });
    expect(JSON.stringify(answer)).toContain(message);
    expect(server.snapshot()).toEqual(before);
  });

  it('says so when WeChat cannot answer, and the resident may try again with a new code', async () => {
    const { server, caller } = await newcomer();
    server.deps.phoneNumbers = { exchange: async () => ({ ok: false, reason: 'unavailable' }) };
    expect(await server.call('account', caller, 'verifyPhone', { code: 'any' })).toMatchObject({
      ok: false,
      code: 'INTERNAL',
      message: '微信暂时无法验证手机号，请稍后再试',
    });
  });

  it('keeps the verification while the number stays, and drops it when a new number is typed in', async () => {
    const { server, caller } = await newcomer();
    await server.act('account', caller, 'verifyPhone', { code: code('13912345678') });
    const profile = { name: '孙老师', communityId: 'c-dongmen' };
    const same = await server.act('account', caller, 'updateProfile', { ...profile, phone: '13912345678' });
    expect(same.user).toMatchObject({ name: '孙老师', phoneVerified: true });
    const changed = await server.act('account', caller, 'updateProfile', { ...profile, phone: '13700001111' });
    expect(changed.user).toMatchObject({ phone: '13700001111', phoneVerified: false });
    expect(await server.call('matter', caller, 'raise', draft)).toMatchObject({ ok: false, code: 'PHONE_UNVERIFIED' });
  });

  it('lets staff reply without it: the role an admin gave them is their registration', async () => {
    const server = await seededBackend({ engine });
    const chen = (await server.storage.users.findById('u-committee-chen'))!;
    await server.storage.users.updateProfile(
      chen.id,
      { ...chen, communityId: chen.communityId!, phoneVerifiedAt: null },
      chen.updatedAt,
    );
    expect(await server.storage.users.findById(chen.id)).toMatchObject({ phoneVerifiedAt: null });
    const reply = await server.call('matter', 'u-committee-chen', 'comment', {
      matterId: await publishedMatter(server),
      body: '居委会已联系物业处理',
    });
    expect(reply).toMatchObject({ ok: true });
  });
});
