/**
 * `npm run screenshots:demo`: the living demo `npm start` seeds (host/demo), at 375x812, as each
 * role sees it first: the 说事 list, a matter with photos and a consultation, the next bookable
 * visit day with its waitlist, a resident's inbox, the committee's queue, the cadre's sheet and
 * follow-ups. Saved as demo-*.png under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { bookableVisitDays } from '../host/demo/calendar';
import { runScreenshots, shot, signIn } from './screenshotSteps';
import { routes, routeUrl } from '@domain/routes';

async function open(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(`/#${url}`);
  await page.waitForSelector(selector);
}

runScreenshots(
  async (page) => {
    const [nextDay] = bookableVisitDays(Date.now(), 1);

    await signIn(page, 'u-resident-li');
    await shot(page, 'demo-01-resident-home');
    await open(page, routeUrl(routes.matters), 'text=东门口早晚高峰乱停车堵路');
    await shot(page, 'demo-02-matters');
    await page.click('text=东门口早晚高峰乱停车堵路');
    await page.waitForSelector('#matter-detail');
    await shot(page, 'demo-03-matter-photos');
    await open(page, routeUrl(routes.matters), 'text=幸福小区垃圾分类点异味大');
    await page.click('text=幸福小区垃圾分类点异味大');
    await page.waitForSelector('#consultation-minutes');
    await page.locator('#consultation').scrollIntoViewIfNeeded();
    await shot(page, 'demo-04-matter-minutes');
    await open(page, routeUrl(routes.visitDay, { date: nextDay }), 'text=候补');
    await shot(page, 'demo-05-visit-day-waitlist');
    await open(page, routeUrl(routes.messages), '#inbox-list');
    await shot(page, 'demo-06-resident-inbox');

    await signIn(page, 'u-resident-zhang');
    await open(page, routeUrl(routes.messages), '#inbox-list');
    await shot(page, 'demo-07-elder-inbox');
    await open(page, routeUrl(routes.myVisits), 'text=想问问老年人智能手机课什么时候开');
    await shot(page, 'demo-08-elder-my-visits');

    await signIn(page, 'u-committee-chen');
    await open(page, routeUrl(routes.moderation), 'text=幸福小区3号楼楼道灯坏了');
    await shot(page, 'demo-09-committee-queue');
    // 张桂兰's matter has a photo: its card scrolled into view, thumbnail and author above the bar.
    await page.locator('[id^="queue-author-"]:visible').last().scrollIntoViewIfNeeded();
    await shot(page, 'demo-09-committee-queue-photo');
    await open(page, routeUrl(routes.mine), '#elder-mode-on');
    await page.click('#elder-mode-on');
    await page.waitForSelector('#elder-mode-on.mq-choice--active');
    await open(page, routeUrl(routes.moderation), 'text=幸福小区3号楼楼道灯坏了');
    await shot(page, 'demo-09-committee-queue-elder');

    await signIn(page, 'u-cadre-liu');
    await open(page, routeUrl(routes.daySheet, { date: nextDay }), 'text=09:00');
    await shot(page, 'demo-10-cadre-sheet');
    await open(page, routeUrl(routes.followUps), 'text=回访楼道灯和门禁维修情况');
    await shot(page, 'demo-11-cadre-followups');

    // The cadre looks up a home visit's phone and address; the admin's 审计记录 then lists it.
    await open(page, routeUrl(routes.daySheet, { date: nextDay }), 'text=09:00');
    const reveal = page.locator('[id^="reveal-"]:visible').first();
    if ((await reveal.count()) > 0) {
      await reveal.click();
      await page.waitForSelector('text=您查看了联系方式');
    }
    await signIn(page, 'u-admin');
    await open(page, routeUrl(routes.adminAudit), '#admin-audit-page:visible');
    await shot(page, 'demo-12-admin-audit');
  },
  { demoLife: true },
);
