/**
 * `npm run screenshots:onbehalf`: 红色代办 on npm start's living demo, at 375x812, done through the
 * page as staff do it at the door: 陈秀英 finds no account for 李奶奶, names 李明 (her son, a
 * registered resident) as the family to tell, raises a 说事, books a visit and orders a service for
 * her, then again in elder mode; 李明 reads the news and the records as her family; the cadre's
 * sheet and 张桂兰's 说事 list show 王奶奶's records from the demo (由孙丽代办, 由陈秀英代办).
 * Saved as onbehalf-*.png under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

const tap = (page: Page, selector: string) => page.locator(`${selector}:visible`).first().click();
const fill = (page: Page, selector: string, text: string) =>
  page.locator(`${selector}:visible`).first().locator('input, textarea').first().fill(text);

async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(`${selector}:visible`).first().scrollIntoViewIfNeeded();
}

/** Who it is for: 李奶奶 without an account, her consent, her son 李明 to tell. */
async function whoIsLiNainai(page: Page, name: string): Promise<void> {
  await fillWho(page);
  await shot(page, `${name}-who`);
}

async function fillWho(page: Page): Promise<void> {
  await page.goto(`/#${routeUrl(routes.committeeOrderFor)}`);
  await page.waitForSelector('#resident-mode-named');
  await tap(page, '#resident-mode-named');
  await fill(page, '#resident-name', '李奶奶');
  await tap(page, '#order-consent-usual-0');
  await fill(page, '#family-search', '李明');
  await tap(page, '#family-search-go');
  await page.waitForSelector('#family-u-resident-li');
  await tap(page, '#family-u-resident-li');
  await page.waitForSelector('#family-chosen');
}

async function raiseFor(page: Page, name: string): Promise<void> {
  await tap(page, '#on-behalf-mode-matter');
  await page.waitForSelector('#matter-title');
  await tap(page, '#category-facilities');
  await fill(page, '#matter-title', '单元门禁坏了，老人进不了门');
  await fill(
    page,
    '#matter-body',
    '东门小区5号楼2单元的门禁一直刷不开，李奶奶没有门卡也没有手机，每次都要等邻居开门。',
  );
  await scrollTo(page, '#order-for-anonymous');
  await shot(page, `${name}-matter-form`);
  await tap(page, '#order-for-submit');
  await page.waitForSelector('#raise-for-done');
  await shot(page, `${name}-matter-done`);
}

async function bookFor(page: Page, name: string): Promise<void> {
  await tap(page, '#on-behalf-same');
  await tap(page, '#on-behalf-mode-visit');
  const day = page.locator('[id^="book-for-day-"]:visible').first();
  await day.click();
  await page.waitForSelector('[id^="slot-"]:visible');
  await page.locator('[id^="slot-"]:visible').first().click();
  await fill(page, '#book-for-topic', '想问问高龄津贴怎么申请');
  await scrollTo(page, '#order-for-submit');
  await shot(page, `${name}-visit-form`);
  await tap(page, '#order-for-submit');
  await page.waitForSelector('#book-for-done');
  await shot(page, `${name}-visit-done`);
}

/** 近期代约的接访: the visit just booked for 李奶奶 listed, and the sheet that cancels it. */
async function bookedForList(page: Page, name: string): Promise<void> {
  await tap(page, '#on-behalf-same');
  await tap(page, '#on-behalf-mode-visit');
  await page.waitForSelector('#booked-for-list [id^="booked-for-cancel-"]');
  await scrollTo(page, '#booked-for-list');
  await shot(page, `${name}-booked-list`);
  await page.locator('#booked-for-list [id^="booked-for-cancel-"]:visible').last().click();
  await page.waitForSelector('#cancel-for-about');
  await shot(page, `${name}-cancel-sheet`);
  // Not cancelled: the page is opened afresh for the next 代办.
  await page.reload();
}

async function orderFor(page: Page, name: string): Promise<void> {
  await fillWho(page);
  await tap(page, '#on-behalf-mode-order');
  await page.waitForSelector('[id^="order-item-"]');
  await page.locator('[id^="order-item-"]:visible').first().click();
  await fill(page, '#order-details', '帮李奶奶把下个月的降压药取回来');
  await fill(page, '#order-address', '东门小区5号楼2单元101');
  await fill(page, '#order-phone', '13905371111');
  await tap(page, '#order-for-submit');
  await page.waitForSelector('#order-for-placed');
  await shot(page, `${name}-order-done`);
}

async function setElderMode(page: Page, on: boolean): Promise<void> {
  await page.goto(`/#${routeUrl(routes.mine)}`);
  const choice = on ? '#elder-mode-on' : '#elder-mode-off';
  await page.waitForSelector(choice);
  await page.click(choice);
  await page.waitForSelector(`${choice}.mq-choice--active`);
}

runScreenshots(
  async (page) => {
    await signIn(page, 'u-committee-chen');
    await whoIsLiNainai(page, 'onbehalf-01');
    await raiseFor(page, 'onbehalf-02');
    await bookFor(page, 'onbehalf-03');
    await bookedForList(page, 'onbehalf-03b');
    await orderFor(page, 'onbehalf-04');

    // The same at the door in elder mode (big type), then back.
    await setElderMode(page, true);
    await whoIsLiNainai(page, 'onbehalf-05-elder');
    await tap(page, '#on-behalf-mode-matter');
    await page.waitForSelector('#matter-title');
    await shot(page, 'onbehalf-06-elder-matter-form');
    await tap(page, '#on-behalf-mode-visit');
    await page.waitForSelector('[id^="book-for-day-"]');
    await shot(page, 'onbehalf-07-elder-visit-days');
    await setElderMode(page, false);

    // 李明 reads it all as 李奶奶's family.
    await signIn(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.messages)}`);
    await page.waitForSelector('#inbox-list');
    await shot(page, 'onbehalf-08-family-inbox');
    await page.locator('#inbox-list [id^="inbox-"]:visible', { hasText: '家人李奶奶' }).first().click();
    await page.waitForTimeout(800);
    await shot(page, 'onbehalf-09-family-opens-news');

    // The demo's 王奶奶: the cadre's sheet for her visit, 张桂兰's list with her 说事.
    await signIn(page, 'u-cadre-liu');
    await page.goto(`/#${routeUrl(routes.daySheet)}`);
    await page.locator(':text("王桂芝"):visible').first().scrollIntoViewIfNeeded();
    await shot(page, 'onbehalf-10-cadre-sheet');
    await signIn(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.matters)}`);
    await page.locator(':text("楼道扶手松动"):visible').first().scrollIntoViewIfNeeded();
    await shot(page, 'onbehalf-11-matters-elder');
    await page.locator(':text("楼道扶手松动"):visible').first().click();
    await page.waitForSelector('#matter-title, .matter-head, [id^="matter-"]');
    await page.waitForTimeout(800);
    await shot(page, 'onbehalf-12-matter-elder');
  },
  { demoLife: true },
);
