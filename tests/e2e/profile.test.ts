import type { Browser, Page } from 'playwright-core';
import { cspViolationsOf, launchBrowser, openPhone } from './support/browser';
import { startHostProcess, type HostProcess } from './support/hostProcess';
import { routes, routeUrl } from '@domain/routes';

jest.setTimeout(120_000);

/** CSS px of a computed style value such as "19px". */
async function cssPx(page: Page, selector: string, property: 'fontSize' | 'minHeight' | 'lineHeight' | 'height') {
  return page
    .locator(`${selector}:visible`)
    .first()
    .evaluate((el, prop) => parseFloat(getComputedStyle(el)[prop]), property);
}

describe('a new resident fills the profile and switches elder mode (h5 on the local host)', () => {
  let host: HostProcess;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('dev-login, profile, elder mode, reload: everything is kept', async () => {
    const page = await openPhone(browser, host.url);
    await page.goto('/');

    // Without a session the app sends the visitor to the dev-login page.
    await page.waitForSelector('#identity-u-resident-new');
    await page.click('#identity-u-resident-new');

    // A newcomer is asked to complete the profile.
    await page.waitForSelector('#profile-notice');
    await page.click('#profile-notice taro-button-core');
    await page.waitForSelector('#profile-form');

    // Saving without a community is refused with a plain message, before any call.
    await page.fill('#profile-name input', '孙大爷');
    await page.click('#profile-save');
    await expectText(page, '.profile-field__error', '请选择您所在的社区');

    await page.click('#community-c-dongmen');
    await page.click('#grid-g-dongmen-2');
    await page.click('#compound-p-gulou');
    await page.fill('#profile-building input', '5号楼1单元101');
    await page.fill('#profile-phone input', '1391234567');
    await page.click('#profile-save');
    await expectText(page, '.profile-field__error', '请填写11位手机号码');
    await page.fill('#profile-phone input', '13912345678');
    await page.click('#profile-save');

    // Back on the home page, greeted by name with the community shown.
    await page.waitForSelector('#home-greeting:has-text("孙大爷")');
    await expectText(page, '.home-hero__place', '任城区 · 古槐街道 · 东门社区');
    expect(await page.locator('#profile-notice').count()).toBe(0);

    // 我的: switch elder mode on.
    await page.locator('.weui-tabbar__item').nth(3).click();
    await page.waitForSelector('#mine-name:has-text("孙大爷")');
    const normalFont = await cssPx(page, '#elder-mode-on', 'fontSize');
    await page.click('#elder-mode-on');
    await page.waitForSelector('#elder-mode-on.mq-choice--active');
    await page.waitForSelector('.mq-screen.mq-elder:visible');
    await expectElderSizes(page, normalFont);

    // Reload the browser: the session, the profile and elder mode are all kept.
    await page.reload();
    await page.waitForSelector('#mine-name:has-text("孙大爷")');
    await page.waitForSelector('.mq-screen.mq-elder:visible');
    await page.waitForSelector('#elder-mode-on.mq-choice--active');
    await expectElderSizes(page, normalFont);

    // And the profile form shows what was saved.
    await page.goto(`/#${routeUrl(routes.profile)}`);
    await page.waitForSelector('#profile-form');
    expect(await page.inputValue('#profile-name input')).toBe('孙大爷');
    expect(await page.inputValue('#profile-building input')).toBe('5号楼1单元101');
    expect(await page.inputValue('#profile-phone input')).toBe('13912345678');
    expect(await page.getAttribute('#compound-p-gulou', 'aria-checked')).toBe('true');

    // The whole visit ran under the host's Content-Security-Policy without anything blocked.
    expect(cspViolationsOf(page)).toEqual([]);
  });
});

async function expectText(page: Page, selector: string, text: string) {
  await page.waitForSelector(`${selector}:has-text("${text}")`, { timeout: 10_000 });
}

/** Elder mode: body text >= 18 CSS px, tap targets >= 60 CSS px, line height >= 1.3. */
async function expectElderSizes(page: Page, normalFont: number) {
  const font = await cssPx(page, '#elder-mode-on', 'fontSize');
  expect(font).toBeGreaterThanOrEqual(18);
  expect(font).toBeGreaterThan(normalFont);
  expect(await cssPx(page, '#elder-mode-on', 'minHeight')).toBeGreaterThanOrEqual(60);
  expect(await cssPx(page, '.mine-cell', 'height')).toBeGreaterThanOrEqual(60);
  const muted = await cssPx(page, '.mq-muted', 'fontSize');
  expect(muted).toBeGreaterThanOrEqual(18);
  const lineHeight = await cssPx(page, '.mq-muted', 'lineHeight');
  expect(lineHeight / muted).toBeGreaterThanOrEqual(1.3);
}
