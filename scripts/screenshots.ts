/**
 * `npm run screenshots`: drives the h5 app on a fresh local host at 375x812 as each demo role
 * and saves PNGs under .tmp/screenshots (or SCREENSHOT_DIR) to look at. Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { runScreenshots, shot, signIn } from './screenshotSteps';
import { routes, routeUrl } from '@domain/routes';

async function tab(page: Page, index: number): Promise<void> {
  await page.locator('.weui-tabbar__item').nth(index).click();
  await page.waitForTimeout(300);
}

/** 我的 > 长辈模式 开启, as the signed-in user. */
async function elderModeOn(page: Page): Promise<void> {
  await page.goto(`/#${routeUrl(routes.mine)}`);
  await page.click('#elder-mode-on:visible');
  await page.waitForSelector('#elder-mode-on.mq-choice--active:visible');
}

/**
 * The admin's screens of issue 13: the role-change question (李明 becomes `role`), the search,
 * 审计记录. h5 keeps the pages behind in the document, hidden: every selector asks for the visible one.
 */
async function adminScreens(page: Page, role: 'cadre' | 'committee', suffix: string): Promise<void> {
  await page.goto(`/#${routeUrl(routes.adminUsers)}`);
  await page.click('#user-u-resident-li:visible');
  await page.click(`#role-${role}:visible`);
  await page.click('#role-save:visible');
  await page.waitForSelector('#role-confirm:visible');
  await shot(page, `15-admin-role-confirm${suffix}`);
  await page.click('#role-confirm-ok:visible');
  await page.waitForSelector('#role-editor:visible', { state: 'detached' });
  await page.fill('#user-search input:visible', '李');
  await page.click('#user-search-go:visible');
  await page.waitForSelector('#user-u-resident-zhang:visible', { state: 'detached' });
  await shot(page, `16-admin-users-search${suffix}`);
  await page.goto(`/#${routeUrl(routes.adminAudit)}`);
  await page.waitForSelector('#audit-list:visible');
  await shot(page, `17-admin-audit${suffix}`);
}

runScreenshots(async (page) => {
  await page.goto('/');
  await page.waitForSelector('#identity-u-resident-zhang');
  await shot(page, '01-dev-login');

  await signIn(page, 'u-resident-zhang');
  await shot(page, '02-resident-elder-home');
  await tab(page, 1);
  await shot(page, '03-resident-elder-matters');
  await tab(page, 2);
  await shot(page, '04-resident-elder-visits');
  await tab(page, 3);
  await shot(page, '05-resident-elder-mine');
  await page.goto(`/#${routeUrl(routes.profile)}`);
  await page.waitForSelector('#profile-form');
  await shot(page, '06-resident-elder-profile');

  await signIn(page, 'u-resident-li');
  await shot(page, '07-resident-home');
  await page.goto(`/#${routeUrl(routes.profile)}`);
  await page.waitForSelector('#profile-form');
  await page.fill('#profile-phone input', '123');
  await page.click('#profile-save');
  await page.waitForSelector('.profile-field__error');
  await shot(page, '08-resident-profile-error');

  await signIn(page, 'u-resident-new');
  await shot(page, '09-newcomer-home');

  await signIn(page, 'u-cadre-liu');
  await tab(page, 3);
  await shot(page, '10-cadre-mine');

  await signIn(page, 'u-committee-chen');
  await tab(page, 3);
  await shot(page, '11-committee-mine');
  // A fresh host has nothing to review: the friendly empty state, without the action bar.
  await page.goto(`/#${routeUrl(routes.moderation)}`);
  await page.waitForSelector('#moderation-queue #state-empty:visible');
  await shot(page, '18-committee-queue-empty');
  await elderModeOn(page);
  await page.goto(`/#${routeUrl(routes.moderation)}`);
  await page.waitForSelector('#moderation-queue #state-empty:visible');
  await shot(page, '18-committee-queue-empty-elder');

  await signIn(page, 'u-admin');
  await tab(page, 3);
  await shot(page, '12-admin-mine');
  await page.goto('/#/packages/admin/users/index');
  await page.waitForSelector('#user-u-resident-li');
  await shot(page, '13-admin-users');
  await page.click('#user-u-resident-li');
  await page.waitForSelector('#role-editor');
  await shot(page, '14-admin-role-editor');
  await page.goto('/');
  await adminScreens(page, 'cadre', '');
  await elderModeOn(page);
  await adminScreens(page, 'committee', '-elder');
});
