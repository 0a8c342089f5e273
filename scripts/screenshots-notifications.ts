/**
 * `npm run screenshots:notifications`: the notification screens on a fresh local host at 375x812
 * (consent dialog, 我的 badge, inbox, 微信通知, elder mode, empty inbox, the committee's failed
 * deliveries, staff reminder cards), saved under .tmp/screenshots. Needs dist/h5 built.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../tests/e2e/support/browser';
import { startHostProcess } from '../tests/e2e/support/hostProcess';
import { bookableVisitDays } from '../host/demo/calendar';
import { setHostClockFromEnv } from './screenshotSteps';
import { routes, routeUrl } from '@domain/routes';

const outDir = path.resolve(process.env.SCREENSHOT_DIR ?? path.join(__dirname, '..', '.tmp', 'screenshots'));

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(outDir, `notifications-${name}.png`) });
  console.log(`saved notifications-${name}.png`);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const host = await startHostProcess();
  const hostNow = await setHostClockFromEnv(host.url);
  const browser = await launchBrowser();
  let n = 0;
  const tokens = new Map<string, string>();
  async function token(userId: string) {
    if (!tokens.has(userId)) {
      const res = await fetch(`${host.url}/api/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      tokens.set(userId, ((await res.json()) as { data: { token: string } }).data.token);
    }
    return tokens.get(userId)!;
  }

  async function api(userId: string, fn: string, action: string, data: unknown): Promise<any> {
    n += 1;
    const res = await fetch(`${host.url}/api/${fn}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(userId)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action, data, requestId: `shot-${Date.now().toString(36)}-${n}` }),
    });
    // The scenes read answers field by field, like the e2e tests.

    const body = (await res.json()) as { ok: boolean; code?: string; message?: string; data: any };
    if (!body.ok) throw new Error(`${fn}.${action} as ${userId}: ${body.code} ${body.message}`);
    return body.data;
  }
  const runTimers = () =>
    fetch(`${host.url}/api/dev/run-timers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  try {
    // Days still open for booking: on a visit day's evening (the 5th at 19:00) today's has closed.
    const [day1, day2] = bookableVisitDays(hostNow, 2);
    const slot = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 5 };
    const [s1] = (
      await api('u-cadre-liu', 'visit', 'publishSlots', { communityId: 'c-dongmen', date: day1, slots: [slot] })
    ).slots;
    const [s2] = (
      await api('u-cadre-liu', 'visit', 'publishSlots', { communityId: 'c-dongmen', date: day2, slots: [slot] })
    ).slots;

    // 李明 (normal mode): a matter approved, and a booking made through the app (consent dialog).
    const { matter } = await api('u-resident-li', 'matter', 'raise', {
      title: '东门口晚上乱停车',
      body: '每天晚上东门口都停满外来车辆，消防通道被堵，希望居委会协调。',
      category: 'parking',
    });
    await api('u-committee-chen', 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [matter.id],
      decision: 'approve',
    });
    await api('u-committee-chen', 'matter', 'comment', {
      matterId: matter.id,
      body: '已收到，本周五约物业和交警现场看看。',
      parentId: null,
    });
    await runTimers();

    const page = await openPhone(browser, host.url);
    await page.goto(`/#${routeUrl(routes.devLogin)}`);
    await page.click('#identity-u-resident-li');
    await page.waitForSelector('#home-greeting');
    await page.goto(`/#${routeUrl(routes.visitDay, { date: day1 })}`);
    await page.waitForSelector(`#slot-${s1.id}`);
    await page.click(`#slot-${s1.id}`);
    await page.waitForSelector('#book-form');
    await page.locator('#book-topic textarea, #book-topic input').first().fill('楼道灯坏了半个月，想当面说说');
    await page.click('#book-submit');
    await page.waitForSelector('#consent-sheet');
    await shot(page, 'consent-h5');
    await page.click('#consent-allow');
    await page.waitForSelector('#book-result');
    await runTimers();

    await page
      .locator('.weui-tabbar__item')
      .nth(3)
      .click()
      .catch(() => undefined);
    await page.goto('/#/pages/mine/index');
    await page.waitForSelector('#mine-messages');
    await page.waitForTimeout(800);
    await shot(page, 'mine-badge');
    await page.click('#mine-messages');
    await page.waitForSelector('#inbox-list');
    await shot(page, 'inbox');
    await page.click('#messages-tab-wechat');
    await page.waitForSelector('#wechat-list');
    await shot(page, 'wechat');
    await page.click('#messages-tab-inbox');
    await page.waitForSelector('#inbox-list');
    await page.locator('.mq-inbox').first().click();
    await page.waitForTimeout(1200);
    await shot(page, 'opened-from-inbox');

    // 张桂兰 (elder mode on): notices too, then the same pages large.
    const zhangPage = await openPhone(browser, host.url);
    await zhangPage.goto(`/#${routeUrl(routes.devLogin)}`);
    await zhangPage.click('#identity-u-resident-zhang');
    await zhangPage.waitForSelector('#home-greeting');
    await zhangPage.goto(`/#${routeUrl(routes.visitDay, { date: day2 })}`);
    await zhangPage.waitForSelector(`#slot-${s2.id}`);
    await zhangPage.click(`#slot-${s2.id}`);
    await zhangPage.waitForSelector('#book-form');
    await zhangPage.locator('#book-topic textarea, #book-topic input').first().fill('想反映小区停车难');
    await zhangPage.click('#book-submit');
    await zhangPage.waitForSelector('#consent-sheet');
    await shot(zhangPage, 'consent-h5-elder');
    await zhangPage.click('#consent-cancel');
    await zhangPage.waitForSelector('#book-result');
    await runTimers();
    await zhangPage.goto(`/#${routeUrl(routes.messages)}`);
    await zhangPage.waitForSelector('#inbox-list');
    await shot(zhangPage, 'inbox-elder');
    await zhangPage.click('#messages-tab-wechat');
    await zhangPage.waitForSelector('#wechat-list');
    await shot(zhangPage, 'wechat-elder');

    // 王芳 (西门): nothing yet.
    const wang = await openPhone(browser, host.url);
    await wang.goto(`/#${routeUrl(routes.devLogin)}`);
    await wang.click('#identity-u-resident-wang');
    await wang.waitForSelector('#home-greeting');
    await wang.goto(`/#${routeUrl(routes.messages)}`);
    await wang.waitForSelector('#state-empty');
    await shot(wang, 'inbox-empty');

    // Committee: the stand-in gateway never fails, so one notice is marked failed in the database
    // as 6 attempts answered 40037 would leave it; then the page.
    const db = new Database(path.join(host.dataDir, 'minqing.sqlite'));
    db.prepare(
      `UPDATE outbox SET status = 'failed', attempts = 6, last_error = '40037: invalid template_id', updated_at = ? WHERE user_id = 'u-resident-li' AND kind = 'matter_approved'`,
    ).run(hostNow);
    db.close();
    const chen = await openPhone(browser, host.url);
    await chen.goto(`/#${routeUrl(routes.devLogin)}`);
    await chen.click('#identity-u-committee-chen');
    await chen.waitForSelector('#home-greeting');
    await chen.goto('/#/packages/committee/deliveries/index');
    await chen.waitForSelector('#delivery-list');
    await shot(chen, 'committee-deliveries');
    await chen.locator('[id^="delivery-retry-"]').first().click();
    await chen.waitForSelector('#state-empty');
    await shot(chen, 'committee-deliveries-empty');
    await chen.goto(`/#/packages/committee/manage/index?id=${matter.id}`);
    await chen.waitForSelector('#wechat-reminder');
    await chen.locator('#wechat-reminder').scrollIntoViewIfNeeded();
    await shot(chen, 'committee-manage-reminder');

    const liu = await openPhone(browser, host.url);
    await liu.goto(`/#${routeUrl(routes.devLogin)}`);
    await liu.click('#identity-u-cadre-liu');
    await liu.waitForSelector('#home-greeting');
    await liu.goto('/#/packages/cadre/followups/index');
    await liu.waitForSelector('#wechat-reminder');
    await liu.click('#wechat-reminder-enable');
    await liu.waitForSelector('#consent-sheet');
    await shot(liu, 'cadre-consent');
    await liu.click('#consent-allow');
    await liu.waitForSelector('#wechat-reminder-result');
    await shot(liu, 'cadre-followups-reminder');
  } finally {
    await browser.close();
    await host.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
