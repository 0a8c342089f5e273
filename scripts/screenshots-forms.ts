/**
 * `npx tsx scripts/screenshots-forms.ts` (after `npm run build:h5`): the forms of issue 13 at
 * 375x812, in standard size (李明, 刘建国) and elder mode (张桂兰): the raise form with every
 * complaint at once and after fixing two, the day's quota, the profile form's complaints, the
 * cadre's slot sheet refusing a station slot without a place, and 取消预约 with its usual reasons.
 * Runs on any day: the slot goes on the next bookable visit day the server lists.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

const go = (page: Page, url: string) => page.goto(`/#${url}`);

/** One call to the local host as the signed-in user (the session is the page's cookie). */
async function api(page: Page, fn: string, action: string, data: object): Promise<any> {
  const requestId = `shot-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return page.evaluate(
    async ({ fn, body }) =>
      (await fetch(`/api/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json(),
    { fn, body: JSON.stringify({ action, data, requestId }) },
  );
}

async function raiseForm(page: Page, user: string, tag: string) {
  await signIn(page, user);
  await go(page, routeUrl(routes.newMatter));
  await page.waitForSelector('#raise-quota:visible');
  await shot(page, `forms-raise-open-${tag}`);
  await page.locator('#matter-title input:visible').fill('停车');
  await page.click('#raise-submit:visible');
  await page.waitForSelector('#raise-field-category [role="alert"]:visible');
  await shot(page, `forms-raise-all-errors-${tag}`);
  await page.click('#category-parking:visible');
  await page.locator('#matter-title input:visible').fill('3号楼前晚上乱停车');
  await shot(page, `forms-raise-two-fixed-${tag}`);
}

async function profileForm(page: Page) {
  await signIn(page, 'u-resident-zhang');
  await go(page, routeUrl(routes.profile));
  await page.waitForSelector('#profile-form:visible');
  await page.locator('#profile-name input:visible').fill('');
  await page.locator('#profile-phone input:visible').fill('12345');
  await page.click('#profile-save:visible');
  await page.waitForSelector('#profile-field-phone [role="alert"]:visible');
  await shot(page, 'forms-profile-errors-elder');
}

/** Returns the visit day the slot went on. */
async function slotSheet(page: Page): Promise<string> {
  await signIn(page, 'u-cadre-liu');
  await go(page, routeUrl(routes.cadreSlots));
  await page.waitForSelector('#slot-add:visible');
  await page.click('#slot-add:visible');
  await page.waitForSelector('#slot-save:visible');
  await page.click('#slot-save:visible');
  await page.waitForSelector('#slot-sheet-error:visible');
  await shot(page, 'forms-slot-sheet-error');
  await page.locator('#slot-place input:visible').fill('东门社区红帆驿站');
  await page.click('#slot-save:visible');
  await page.waitForSelector('#slots-result:visible');
  const days = await api(page, 'visit', 'days', { communityId: 'c-dongmen' });
  return (days.data.days as { date: string; bookingOpen: boolean }[]).find((d) => d.bookingOpen)!.date;
}

async function cancelSheet(page: Page, user: string, date: string, tag: string) {
  await signIn(page, user);
  const day = await api(page, 'visit', 'slots', { date });
  const slot = day.data.slots[0];
  await api(page, 'visit', 'book', {
    slotId: slot.id,
    date,
    topic: '想反映小区停车问题',
    address: '',
    phone: '13805371234',
  });
  await go(page, routeUrl(routes.visitDay, { date }));
  await page.waitForSelector('#cancel-booking:visible');
  await page.click('#cancel-booking:visible');
  await page.waitForSelector('#cancel-panel:visible');
  await page.click('#cancel-usual-0:visible');
  await page.locator('#cancel-panel:visible').scrollIntoViewIfNeeded();
  await shot(page, `forms-cancel-booking-${tag}`);
}

runScreenshots(async (page) => {
  await raiseForm(page, 'u-resident-li', 'standard');
  await raiseForm(page, 'u-resident-zhang', 'elder');
  await profileForm(page);
  const date = await slotSheet(page);
  await cancelSheet(page, 'u-resident-li', date, 'standard');
  await cancelSheet(page, 'u-resident-zhang', date, 'elder');
});
