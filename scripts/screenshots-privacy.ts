/**
 * `npm run screenshots:privacy`: the privacy sheet before a first photo, the message after
 * declining, and the guide page, at 375x812, in standard size (李明) and elder mode (张桂兰).
 * PNGs under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { runScreenshots, shot, signIn } from './screenshotSteps';
import { routes, routeUrl } from '@domain/routes';

/** The raise form, the 添加照片 tile tapped: the sheet asks. */
async function askedForPhotos(page: Page): Promise<void> {
  await page.goto(`/#${routeUrl(routes.newMatter)}`);
  await page.waitForSelector('#raise-form');
  await page.click('#photo-add');
  await page.waitForSelector('#privacy-sheet');
}

async function scenes(page: Page, who: string, prefix: string): Promise<void> {
  await signIn(page, who);
  await askedForPhotos(page);
  await shot(page, `${prefix}-sheet`);
  await page.click('#privacy-decline');
  await page.waitForSelector('#photo-privacy-declined');
  await page.locator('#photo-privacy-declined').scrollIntoViewIfNeeded();
  await shot(page, `${prefix}-declined`);
  await page.goto(`/#${routeUrl(routes.privacy)}`);
  await page.waitForSelector('#privacy-guide-page');
  await shot(page, `${prefix}-guide`);
  await page.locator('#privacy-datum-bookingContact').scrollIntoViewIfNeeded();
  await shot(page, `${prefix}-guide-more`);
}

runScreenshots(async (page) => {
  await scenes(page, 'u-resident-li', 'privacy-1-standard');
  await scenes(page, 'u-resident-zhang', 'privacy-2-elder');
});
