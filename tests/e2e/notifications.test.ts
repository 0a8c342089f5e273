import type { Browser, Page } from 'playwright-core';
import { shanghaiWallClockToMs } from '@domain/time';
import { upcomingVisitDays } from '@domain/visits/days';
import { addDays } from '@domain/visits/calendar';
import { callAs } from './support/api';
import { cspViolationsOf, launchBrowser, openPhone } from './support/browser';
import { startHostProcess, type HostProcess } from './support/hostProcess';
import { signInAs, visible } from './support/session';
import { routes, routeUrl } from '@domain/routes';

jest.setTimeout(180_000);

/**
 * Notifications end to end in Chromium on the local host: a resident books a visit and allows
 * WeChat messages in the (stand-in) consent dialog; 我的 shows an unread badge and the inbox the
 * confirmation; the reminder job runs at 18:00 the day before and the reminder appears once,
 * however often the job runs; 微信通知 shows what WeChat received.
 */
describe('booking -> inbox -> reminder once (h5 on the local host)', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  // Booking closes at 18:00 the day before: use a visit day at least two days away.
  const date = upcomingVisitDays(Date.now() + 2 * 86_400_000, 1)[0];

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    page = await openPhone(browser, host.url);
    const published = await callAs(host.url, 'u-cadre-liu', 'visit', 'publishSlots', {
      communityId: 'c-dongmen',
      date,
      slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 5 }],
    });
    expect(published.ok).toBe(true);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  async function runReminderJob() {
    const response = await fetch(`${host.url}/api/dev/run-timers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: shanghaiWallClockToMs(addDays(date, -1), '18:00') }),
    });
    return ((await response.json()) as { data: { visitReminders: number } }).data;
  }

  async function openInbox() {
    await page.goto(`/#${routeUrl(routes.messages)}`);
    await page.waitForSelector('#inbox-list');
  }

  const inboxStatuses = () => page.locator('#inbox-list [id$="-status"]:visible').allInnerTexts();

  it('a resident books, allows WeChat messages, and finds the confirmation in 我的 > 消息', async () => {
    await signInAs(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.visitDay, { date })}`);
    await page.waitForSelector('#slot-list');
    await visible(page, '#slot-list [id^="slot-"]:has-text("红帆驿站")').click();
    await page.waitForSelector('#book-form');
    await visible(page, '#book-topic textarea, #book-topic input').fill('楼道灯坏了半个月，想当面说说');
    await visible(page, '#book-phone input').fill('13905372345');
    await visible(page, '#book-submit').click();
    // The stand-in of WeChat's consent dialog, asked from the tap on 确认预约.
    await page.waitForSelector('#consent-sheet');
    expect(await visible(page, '#consent-sheet').innerText()).toContain('预约提醒');
    await visible(page, '#consent-allow').click();
    await page.waitForSelector('#book-result');

    await page.goto('/#/pages/mine/index');
    await page.waitForSelector('#mine-messages');
    await page.waitForFunction(
      () => document.body.innerText.includes('1条未读') || !!document.querySelector('.weui-badge'),
    );
    await openInbox();
    expect(await inboxStatuses()).toEqual(['预约成功']);
    expect(await visible(page, '#inbox-list').innerText()).toContain('楼道灯坏了半个月，想当面说说');
  });

  it('the reminder job runs: the reminder appears once; running it again adds nothing', async () => {
    expect(await runReminderJob()).toMatchObject({ visitReminders: 1 });
    await openInbox();
    expect(await inboxStatuses()).toEqual(['接访提醒', '预约成功']);
    expect(await runReminderJob()).toMatchObject({ visitReminders: 0 });
    await page.reload();
    await page.waitForSelector('#inbox-list');
    expect(await inboxStatuses()).toEqual(['接访提醒', '预约成功']);
  });

  it('微信通知 shows what WeChat received, and tapping a message opens the booking', async () => {
    await page.goto(`/#${routeUrl(routes.messages, { tab: 'wechat' })}`);
    await page.waitForSelector('#wechat-list [data-state]');
    const states = await page
      .locator('#wechat-list [data-state]:visible')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-state')));
    expect(states).toEqual(['sent', 'sent']);
    await openInbox();
    await visible(page, '#inbox-list [id^="inbox-"]:has-text("接访提醒")').click();
    await page.waitForURL(/my-visits/);
  });

  it('ran under the host’s Content-Security-Policy with nothing blocked', () => {
    expect(cspViolationsOf(page)).toEqual([]);
  });
});
