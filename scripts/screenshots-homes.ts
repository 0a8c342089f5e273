/**
 * `npm run screenshots:homes`: each role's home tab on npm start's living demo (host/demo), at
 * 375x812, at normal size and in elder mode: the committee's and the cadre's workbenches, the
 * admin's home, a resident's home that knows them (李明), and 张桂兰's (elder mode on in the seed).
 * Saved as home-*.png under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import type { ElderMode } from '@domain/users';
import { runScreenshots, shot, signIn } from './screenshotSteps';

/** The signed-in user's elder mode, set as 我的 sets it, then the home read again. */
async function elderMode(page: Page, elderMode: ElderMode): Promise<void> {
  await page.evaluate(async (mode) => {
    const response = await fetch('/api/account', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'setPreferences', data: { elderMode: mode }, requestId: `shot-${Date.now()}` }),
    });
    if (!response.ok) throw new Error(`setPreferences answered ${response.status}`);
  }, elderMode);
  await page.reload();
  await page.waitForSelector('#home-greeting');
}

/** Signs in, waits for what the role's home shows, shoots it at normal size and in elder mode. */
async function bothSizes(page: Page, userId: string, ready: string, name: string): Promise<void> {
  await signIn(page, userId);
  await page.waitForSelector(ready);
  await elderMode(page, 'off');
  await page.waitForSelector(ready);
  await shot(page, `home-${name}`);
  await elderMode(page, 'on');
  await page.waitForSelector(ready);
  await shot(page, `home-${name}-elder`);
  await elderMode(page, 'auto');
}

runScreenshots(
  async (page) => {
    await bothSizes(page, 'u-committee-chen', '#count-pending', '01-committee');
    await bothSizes(page, 'u-cadre-liu', '#today-visits', '02-cadre');
    await bothSizes(page, 'u-admin', '#user-counts', '03-admin');
    await bothSizes(page, 'u-resident-li', '#resident-overview', '04-resident');
    // 张桂兰 keeps elder mode on (host/seed.ts): her home as she sees it.
    await signIn(page, 'u-resident-zhang');
    await page.waitForSelector('#resident-overview');
    await shot(page, 'home-05-resident-zhang-elder');
  },
  { demoLife: true },
);
