/**
 * `npm run screenshots:stats`: 数据看板 and 导出台账 on npm start's living demo, at 375x812: 陈秀英's
 * community this month (each section, a figure's 口径, a chart's numbers, this year), the ledger
 * export in progress and done; 周涛's street, all communities and one; 刘建国's own work as a
 * cadre; 陈秀英 again in elder mode; a period with nothing in it; and 张桂兰's 社区公开数据. Saved as stats-*.png under
 * .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).first();

/** Scrolls `selector` just under h5's sticky navigation bar, as a thumb would bring it up. */
async function scrollTo(page: Page, selector: string): Promise<boolean> {
  const target = visible(page, selector);
  if ((await target.count()) === 0) return false;
  await target.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    // The page scrolls inside h5's page container, not the window: step back by the bar's height.
    let box = el.parentElement;
    while (box && box.scrollTop === 0) box = box.parentElement;
    if (box) box.scrollTop -= 56;
  });
  return true;
}

/** Presses what is on the screen where it is (Playwright's own click scrolls it under the bar). */
async function tap(page: Page, selector: string): Promise<void> {
  const target = visible(page, selector);
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not on the screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function openDashboard(page: Page, name: string): Promise<void> {
  await page.goto(`/#${routeUrl(routes.statsDashboard)}`);
  await page.waitForSelector('.st-section, #state-empty');
  await shot(page, name);
}

/** Every section of the dashboard shown, one screenshot each from its title. */
async function sections(page: Page, prefix: string): Promise<void> {
  const keys = await page.$$eval('.st-section', (all) =>
    all.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.id),
  );
  for (const id of keys) {
    await scrollTo(page, `#${id}`);
    await shot(page, `${prefix}-${id.replace('section-', '')}`);
  }
}

async function committee(page: Page): Promise<void> {
  await signIn(page, 'u-committee-chen');
  await shot(page, 'stats-01-committee-home');
  await openDashboard(page, 'stats-02-committee-this-month');
  await sections(page, 'stats-03-committee');
  await scrollTo(page, '.st-tile');
  await tap(page, '.st-tile');
  await page.waitForSelector('#figure-rule');
  await shot(page, 'stats-04-committee-rule');
  await tap(page, '#figure-rule-close');
  await page.waitForSelector('#figure-rule', { state: 'detached' });
  await tap(page, '.st-chart__toggle');
  await page.waitForSelector('.st-numbers');
  await scrollTo(page, '.st-numbers');
  await shot(page, 'stats-05-committee-numbers');
  await page.evaluate(() => window.scrollTo(0, 0));
  await tap(page, '#period-thisYear');
  await page.waitForFunction(() => /年$/.test(document.querySelector('#stats-heading')?.textContent ?? ''));
  await shot(page, 'stats-06-committee-this-year');
  await scrollTo(page, '.st-trend');
  await shot(page, 'stats-07-committee-this-year-trend');
  await tap(page, '#stats-export');
  await page.waitForSelector('#export-sheet');
  await shot(page, 'stats-08-export-sheet');
  // A demo ledger is written within the call that asks for it; held back 3 s here, the sheet
  // shows what a large one shows while it is made.
  await page.route('**/api/stats', async (route) => {
    if (route.request().postData()?.includes('"exportLedger"')) await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  await tap(page, '#export-matters-start');
  await page.waitForSelector('#export-progress');
  await shot(page, 'stats-09-export-progress');
  await page.waitForSelector('#export-done', { timeout: 60_000 });
  await shot(page, 'stats-10-export-done');
  await page.unroute('**/api/stats');
}

async function street(page: Page): Promise<void> {
  await signIn(page, 'u-street-zhou');
  await shot(page, 'stats-11-street-home');
  await openDashboard(page, 'stats-12-street-all');
  await sections(page, 'stats-13-street-all');
  await page.evaluate(() => window.scrollTo(0, 0));
  const one = await page.$$eval('[id^="stats-community-"]', (all) =>
    all.map((el) => el.id).find((id) => id !== 'stats-community-all'),
  );
  if (!one) return console.log('skipped the one community: the street has one');
  await tap(page, `#${one}`);
  await page.waitForFunction((id) => document.querySelector(`#${id}`)?.getAttribute('aria-checked') === 'true', one);
  await page.waitForSelector('.st-body:not(.st-body--updating)');
  await shot(page, 'stats-14-street-one');
}

async function cadre(page: Page): Promise<void> {
  await signIn(page, 'u-cadre-liu');
  await shot(page, 'stats-15-cadre-home');
  await openDashboard(page, 'stats-16-cadre');
  await sections(page, 'stats-17-cadre');
  await tap(page, '#stats-export');
  await page.waitForSelector('#export-sheet');
  await shot(page, 'stats-18-cadre-export-sheet');
}

async function elderAndEmpty(page: Page): Promise<void> {
  await signIn(page, 'u-committee-chen');
  await page.goto(`/#${routeUrl(routes.mine)}`);
  await page.waitForSelector('#elder-mode-on');
  await page.click('#elder-mode-on');
  await page.waitForSelector('#elder-mode-on.mq-choice--active');
  await openDashboard(page, 'stats-19-elder');
  await sections(page, 'stats-20-elder');
  await page.evaluate(() => window.scrollTo(0, 0));
  await tap(page, '#period-thisYear');
  await page.waitForFunction(() => /年$/.test(document.querySelector('#stats-heading')?.textContent ?? ''));
  await scrollTo(page, '.st-trend');
  await shot(page, 'stats-21-elder-this-year-trend');

  // The street looks at one community, then at a range of days of its own.
  await signIn(page, 'u-street-zhou');
  await page.goto(`/#${routeUrl(routes.statsDashboard)}`);
  await page.waitForSelector('#stats-community-c-ximen');
  await tap(page, '#stats-community-c-ximen');
  await page.waitForFunction(() => document.querySelector('#stats-heading')?.textContent?.startsWith('西门社区'));
  await page.waitForSelector('.st-body:not(.st-body--updating)');
  await shot(page, 'stats-22-street-ximen');
  await tap(page, '#period-custom');
  await page.waitForSelector('#period-from');
  await shot(page, 'stats-23-custom-period');

  // A period with nothing in it: the host's dev clock moved to June 2027, past the demo's records.
  await page.evaluate(async () => {
    const response = await fetch('/api/dev/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: Date.UTC(2027, 5, 15, 2) }),
    });
    if (!(await response.json()).ok) throw new Error('the host did not take the clock');
  });
  // The session the clock just outlived: the dashboard says so, with 重试.
  await page.goto(`/#${routeUrl(routes.statsDashboard)}`);
  await page.waitForSelector('#state-error');
  await shot(page, 'stats-24-load-failed');
  await signIn(page, 'u-street-zhou');
  await openDashboard(page, 'stats-25-empty-period');
}

/** 社区公开数据 as 张桂兰 finds it: 我的 > 账号与隐私, then the page with its address and dictionary. */
async function openData(page: Page): Promise<void> {
  await signIn(page, 'u-resident-zhang');
  await page.goto(`/#${routeUrl(routes.account)}`);
  await page.waitForSelector('#account-open-data');
  await shot(page, 'stats-26-account-open-data');
  await tap(page, '#account-open-data');
  await page.waitForSelector('#open-data-page');
  await shot(page, 'stats-27-open-data');
  await scrollTo(page, '#open-data-dictionary');
  await shot(page, 'stats-28-open-data-dictionary');
}

runScreenshots(
  async (page) => {
    await openData(page);
    await committee(page);
    await street(page);
    await cadre(page);
    await elderAndEmpty(page);
  },
  { demoLife: true },
);
