/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routes } from '@domain/routes';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';

/** The <button> tags of the templates Taro's weapp build renders every <Button> through. */
function buttonTemplates(): string[] {
  const base = readFileSync(path.resolve(__dirname, '..', '..', 'dist', 'weapp', 'base.wxml'), 'utf8');
  return base.match(/<button [^>]*>/g) ?? [];
}

const ZHANG = 'u-resident-zhang';

describe('the privacy sheet (real weapp build)', () => {
  const pages = weappPageTests();

  async function openRaise(privacyAgreed = false): Promise<MiniPage> {
    const page = pages.open(routes.newMatter.path, {
      backend: signedInBackend(pages.data, userView(pages.data, ZHANG)),
      privacyAgreed,
    });
    await page.waitForId('raise-form');
    return page;
  }

  test('the first photo waits for the sheet; its agree button is WeChat’s and releases the request', async () => {
    const p = await openRaise();
    expect(p.wx.privacy.listener).not.toBeNull();
    p.tap('photo-add');
    await p.waitForId('privacy-sheet');
    expect(p.wx.privacy.chosenImages).toBe(0);
    const agree = p.get('privacy-agree').toJSON();
    expect(agree.tagName).toBe('wx-button');
    expect(agree.attrs).toContainEqual({ name: 'openType', value: 'agreePrivacyAuthorization' });
    // Taro's button template binds WeChat's agree event to the page's handler.
    expect(buttonTemplates().length).toBeGreaterThan(0);
    for (const button of buttonTemplates()) {
      expect(button).toMatch(/ open-type="\{\{i\.\w+\}\}"/);
      expect(button).toContain(' bindagreeprivacyauthorization="eh"');
    }

    p.agreePrivacy('privacy-agree');
    await p.waitFor(() => p.wx.privacy.chosenImages === 1, 'the photo picker');
    expect(p.wx.privacy.answers).toEqual([
      { event: 'exposureAuthorization' },
      { buttonId: 'privacy-agree', event: 'agree' },
    ]);
    await p.waitFor(() => !p.find('privacy-sheet'), 'the sheet to close');
  });

  test('declining answers disagree: no picker, and the page says why', async () => {
    const p = await openRaise();
    p.tap('photo-add');
    await p.waitForId('privacy-sheet');
    p.tap('privacy-decline');
    await p.waitForId('photo-privacy-declined');
    expect(p.wx.privacy.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
    expect(p.wx.privacy.chosenImages).toBe(0);
    expect(p.text('photo-privacy-declined')).toContain('添加照片需要你先同意');
  });

  test('someone who agreed before is not asked', async () => {
    const p = await openRaise(true);
    p.tap('photo-add');
    await p.waitFor(() => p.wx.privacy.chosenImages === 1, 'the photo picker');
    expect(p.find('privacy-sheet')).toBeUndefined();
    expect(p.wx.privacy.answers).toEqual([]);
  });

  test('the guide link opens WeChat’s own page of the guide', async () => {
    const p = await openRaise();
    p.tap('photo-add');
    await p.waitForId('privacy-sheet');
    p.tap('privacy-guide-link');
    await p.waitFor(() => p.wx.privacy.contractOpened === 1, 'wx.openPrivacyContract');
    expect(p.wx.navigations).toEqual([]);
  });
});
