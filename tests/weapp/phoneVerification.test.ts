/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { failure, ok, type MiniPage } from './harness';
import { tapPhoneButton } from './wechatPhone';

const LI = 'u-resident-li';
const CODE = 'wx-phone-code-1';

describe('verifying the phone with WeChat before the first matter (real weapp build)', () => {
  const pages = weappPageTests();

  async function openRaise(privacyAgreed = false) {
    // 李明 as if WeChat had never vouched for his number.
    const li = userView(pages.data, LI, { phone: '', phoneVerifiedAt: null });
    const backend = signedInBackend(pages.data, li).on('account', 'verifyPhone', (input) => {
      const { code } = input as { code: string };
      if (code !== CODE) return failure('BAD_INPUT', '手机号验证已失效，请重新点击验证');
      const verified: SelfView = { ...li, phone: '13912345678', phoneVerified: true };
      return ok({ user: verified });
    });
    const page: MiniPage = pages.open(routes.newMatter.path, { backend, privacyAgreed });
    await page.waitForId('phone-verify');
    return { page, backend };
  }

  test("WeChat's phone button asks for the privacy agreement, its code is verified, and the form opens", async () => {
    const { page, backend } = await openRaise();
    expect(page.find('raise-form')).toBeUndefined();
    const button = page.get('phone-verify-wechat').toJSON();
    expect(button.tagName).toBe('wx-button');
    expect(button.attrs).toContainEqual({ name: 'openType', value: 'getPhoneNumber' });

    const delivered = tapPhoneButton(page, 'phone-verify-wechat', CODE);
    await page.waitForId('privacy-sheet');
    page.agreePrivacy('privacy-agree');
    await delivered;
    await page.waitForId('raise-form');
    expect(backend.callsOf('account', 'verifyPhone').map((call) => call.data)).toEqual([{ code: CODE }]);
    expect(page.wx.privacy.answers).toEqual([
      { event: 'exposureAuthorization' },
      { buttonId: 'privacy-agree', event: 'agree' },
    ]);
  });

  test('declining the privacy sheet sends nothing and says what still works', async () => {
    const { page, backend } = await openRaise();
    const delivered = tapPhoneButton(page, 'phone-verify-wechat', CODE);
    await page.waitForId('privacy-sheet');
    page.tap('privacy-decline');
    await delivered;
    await page.waitForId('phone-verify-declined');
    expect(page.text('phone-verify-declined')).toContain('发布说事和评论需要先验证手机号');
    expect(backend.callsOf('account', 'verifyPhone')).toEqual([]);
  });

  test("someone who agreed before goes straight to WeChat's dialog; refusing it sends nothing", async () => {
    const { page, backend } = await openRaise(true);
    await tapPhoneButton(page, 'phone-verify-wechat', null);
    await page.waitForId('phone-verify-declined');
    expect(page.find('privacy-sheet')).toBeUndefined();
    expect(backend.callsOf('account', 'verifyPhone')).toEqual([]);
  });

  test('a code WeChat no longer accepts is said plainly, and the button works again', async () => {
    const { page, backend } = await openRaise(true);
    await tapPhoneButton(page, 'phone-verify-wechat', 'wx-expired-code');
    await page.waitForId('phone-verify-error');
    expect(page.text('phone-verify-error')).toBe('手机号验证已失效，请重新点击验证');
    await tapPhoneButton(page, 'phone-verify-wechat', CODE);
    await page.waitForId('raise-form');
    expect(backend.callsOf('account', 'verifyPhone')).toHaveLength(2);
  });
});
