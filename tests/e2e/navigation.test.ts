import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { seedLongMatterList } from './support/longList';
import { signInAs, visible } from './support/session';

jest.setTimeout(240_000);

/** With NAV_SHOTS=<dir>, the screens of this file are saved there as PNGs to be looked at. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.NAV_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The scrolling box of the page in view (each Taro h5 page scrolls in its own box). */
const SHOWN_PAGE = '.taro_page.taro_page_show:not([style*="display: none"])';

async function listScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find(
      (box) => getComputedStyle(box).display !== 'none' && box.querySelector('.mq-matter-card'),
    );
    return shown ? shown.scrollTop : -1;
  });
}

async function scrollListTo(page: Page, top: number): Promise<void> {
  await page.evaluate((to) => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].find(
      (box) => getComputedStyle(box).display !== 'none' && box.querySelector('.mq-matter-card'),
    );
    shown?.scrollTo(0, to);
  }, top);
}

/** The bar of the page on top (a tab page stays drawn under the page opened over it). */
const barTitle = (page: Page) => page.locator('#nav-title:visible').last().innerText();

const cardsShown = (page: Page) => page.locator('.mq-matter-card:visible').count();

/** Counts the calls of one action the page makes from now on. */
function countCalls(page: Page, action: string) {
  let made = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/') && (request.postData() ?? '').includes(`"action":"${action}"`)) made += 1;
  });
  return () => made;
}

describe('navigation and feedback in h5 (Chromium, 375x812)', () => {
  const env = useHostAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = env.page;
    await seedLongMatterList(env.host.url, 45);
  });

  it('every page has a title bar; pages that are not tabs have 返回 (44 px, 60 px in elder mode)', async () => {
    await signInAs(page, 'u-resident-li');
    await expect(barTitle(page)).resolves.toBe('民情通');
    await expect(page.locator(`${SHOWN_PAGE} #nav-back`).count()).resolves.toBe(0);

    await page.locator('.weui-tabbar__item').nth(1).click();
    await page.waitForSelector('.mq-matter-card');
    await expect(barTitle(page)).resolves.toBe('居民说事');
    await visible(page, '.mq-matter-card').click();
    await page.waitForSelector('#matter-detail');
    await expect(barTitle(page)).resolves.toBe('说事详情');
    await shot(page, 'nav-bar-detail');
    const back = page.getByRole('button', { name: '返回' }).locator('visible=true').last();
    expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await back.click();
    await page.waitForSelector('#matter-detail', { state: 'hidden' });
    await expect(barTitle(page)).resolves.toBe('居民说事');

    // Opened by a link (a reload: no page behind it), 返回 goes to the list it belongs under.
    const detail = `/#/packages/resident/matter/index?id=${(await visible(page, '.mq-matter-card').getAttribute('id'))!.slice('matter-card-'.length)}`;
    await page.goto(detail);
    await page.waitForSelector('#matter-detail');
    await page.getByRole('button', { name: '返回' }).locator('visible=true').last().click();
    await page.waitForSelector('.mq-matter-card');
    expect(page.url()).toContain('/pages/matters/index');

    await signInAs(page, 'u-resident-zhang');
    await page.locator('.weui-tabbar__item').nth(3).click();
    await page.click('#mine-messages');
    // The page in front once its bar says so: while pages switch, the one behind is still shown.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('#nav-title')].some(
        (el) => el.offsetParent !== null && el.textContent === '消息',
      ),
    );
    const backHeights = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#nav-back')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getBoundingClientRect().height),
    );
    expect(backHeights.length).toBeGreaterThan(0);
    for (const height of backHeights) expect(height).toBeGreaterThanOrEqual(60);
    await expect(barTitle(page)).resolves.toBe('消息');
    await shot(page, 'nav-bar-elder');
  });

  it('back to a long list finds the same place and the same pages loaded, even after a change there', async () => {
    await signInAs(page, 'u-resident-li');
    await page.locator('.weui-tabbar__item').nth(1).click();
    await page.waitForSelector('.mq-matter-card');
    // Down to the second page.
    await scrollListTo(page, 100_000);
    await page.waitForFunction(() => document.querySelectorAll('.mq-matter-card').length >= 40);
    await scrollListTo(page, 1800);
    await page.waitForTimeout(300);
    const loaded = await cardsShown(page);
    expect(await listScroll(page)).toBe(1800);
    await shot(page, 'list-before');

    // A neighbour's matter in view: open it, support it (the list reloads on return), come back.
    const card = page.locator('.mq-matter-card:visible', { hasNotText: '李明' });
    const inView = await card.evaluateAll((cards) =>
      cards.findIndex((c) => c.getBoundingClientRect().top > 120 && c.getBoundingClientRect().bottom < 700),
    );
    await card.nth(inView).click();
    await page.waitForSelector('#support-button:visible');
    await visible(page, '#support-button').click();
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-allow');
    await page.waitForSelector('#consent-sheet', { state: 'hidden' });
    // The count changes when the answer comes (later on the deployed bundles than in process).
    await page.locator('#support-count:visible', { hasText: /^1$/ }).waitFor();
    await expect(visible(page, '#support-count').innerText()).resolves.toBe('1');

    const unreadAsked = countCalls(page, 'unreadCount');
    await page.getByRole('button', { name: '返回' }).locator('visible=true').last().click();
    await page.waitForSelector('#matter-detail', { state: 'hidden' });
    await page.waitForTimeout(1000);
    expect(await listScroll(page)).toBe(1800);
    expect(await cardsShown(page)).toBe(loaded);
    await shot(page, 'list-after-back');

    // The change of their own makes the next tab shown ask for the unread count: once.
    expect(unreadAsked()).toBe(1);
    await page.locator('.weui-tabbar__item').nth(2).click();
    await page.waitForTimeout(1000);
    expect(unreadAsked()).toBe(1);
  });

  it('offline: a tap says 网络不可用 and stays; a reload shows the Chinese offline page', async () => {
    await signInAs(page, 'u-resident-li');
    await page.locator('.weui-tabbar__item').nth(1).click();
    await page.waitForSelector('.mq-matter-card');
    // The service worker is in charge of the page before the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    const listUrl = page.url();

    await page.context().setOffline(true);
    await visible(page, '.mq-matter-card').click();
    await page.waitForSelector('text=网络不可用，请稍后重试', { timeout: 2000 });
    await shot(page, 'offline-toast');
    expect(page.url()).toBe(listUrl);
    await expect(page.locator('#matter-detail:visible').count()).resolves.toBe(0);

    await page.locator('.weui-tabbar__item').nth(2).click();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(listUrl);
    await expect(page.locator('.mq-matter-card:visible').count()).resolves.toBeGreaterThan(0);

    await page.reload();
    await page.waitForSelector('#offline-page');
    await expect(page.locator('#offline-page').innerText()).resolves.toContain('网络不可用，请稍后重试');
    await shot(page, 'offline-page');

    await page.context().setOffline(false);
    await page.click('#offline-retry');
    await page.waitForSelector('#nav-title');
  });
});
