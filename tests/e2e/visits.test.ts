import type { Page } from 'playwright-core';
import { upcomingVisitDays } from '@domain/visits/days';
import { callAs, setHostClock } from './support/api';
import { shanghaiWallClockToMs } from '@domain/time';
import { cspViolationsOf } from './support/browser';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';
import { routes, routeUrl } from '@domain/routes';

jest.setTimeout(180_000);

/**
 * 民意5来听 end to end in Chromium on the local host (real clock): a cadre publishes two slots for
 * the next bookable visit day; residents book (one a home visit); a booked resident cancels and
 * the waitlisted one is promoted; the cadre marks attendance and records the visit with a
 * follow-up; the resident sees the record and the follow-up.
 */
describe('民意5来听 from publishing slots to the visit record (h5 on the local host)', () => {
  const env = useHostAndBrowser();
  let page: Page;
  // Booking closes at 18:00 the day before: use a visit day at least two days away.
  const date = upcomingVisitDays(Date.now() + 2 * 86_400_000, 1)[0];

  beforeAll(() => {
    page = env.page;
  });

  const api = (userId: string, fn: string, action: string, data: unknown) =>
    callAs(env.host.url, userId, fn, action, data);

  async function openDay(userId: string) {
    await signInAs(page, userId);
    await page.goto(`/#${routeUrl(routes.visitDay, { date })}`);
    await page.waitForSelector('#slot-list');
  }

  async function book(slotTitle: string, topic: string, address?: string, phone?: string) {
    await visible(page, `#slot-list [id^="slot-"]:has-text("${slotTitle}")`).click();
    await page.waitForSelector('#book-form');
    await visible(page, '#book-topic textarea, #book-topic input').fill(topic);
    if (address) await visible(page, '#book-address input, #book-address textarea').fill(address);
    if (phone) await visible(page, '#book-phone input').fill(phone);
    await visible(page, '#book-submit').click();
    // The stand-in of WeChat's consent dialog: the booking waits for the answer, to carry it.
    await visible(page, '#consent-sheet').waitFor();
    await visible(page, '#consent-cancel').click();
    await page.waitForSelector('#book-result');
    return visible(page, '#book-result-title').innerText();
  }

  it('the cadre publishes a station slot and a home-visit slot', async () => {
    await signInAs(page, 'u-cadre-liu');
    await page.goto('/#/packages/cadre/slots/index');
    await page.waitForSelector('#slots-page');
    await page.locator(`[id$="-${date}"]:visible`).first().click();
    await page.click('#slot-add');
    await page.waitForSelector('#slot-sheet');
    await page.fill('#slot-place input', '东门社区红帆驿站');
    await page.fill('#slot-capacity input', '1');
    await page.click('#slot-save');
    await page.waitForSelector('#my-slots:has-text("红帆驿站")');
    await page.click('#slot-add');
    await page.waitForSelector('#slot-sheet');
    await page.click('#slot-start-1400');
    await page.click('#slot-mode-home');
    await page.fill('#slot-capacity input', '2');
    await page.click('#slot-save');
    await page.waitForSelector('#my-slots:has-text("入户走访")');
  });

  it('residents book: a home visit, a station seat, and a waitlist place when it is full', async () => {
    await openDay('u-resident-zhang');
    await expect(book('入户走访', '家里楼道灯坏了，想请书记来看看', '幸福小区3号楼2单元501')).resolves.toContain(
      '预约成功',
    );
    await openDay('u-resident-li');
    await expect(book('红帆驿站', '东门口停车的事想当面说说')).resolves.toContain('预约成功');
    // A third neighbour (the newcomer, given a community through the API) finds it full.
    await api('u-resident-new', 'account', 'updateProfile', { name: '孙大爷', communityId: 'c-dongmen' });
    await openDay('u-resident-new');
    // The newcomer has no phone in the profile yet: the form asks for one.
    await expect(book('红帆驿站', '也想说说停车的事', undefined, '13912345678')).resolves.toContain('候补第1位');
  });

  it('a booked resident cancels with a reason and the waitlisted neighbour is promoted', async () => {
    await openDay('u-resident-li');
    await visible(page, '#cancel-booking').click();
    await visible(page, '#cancel-reason textarea, #cancel-reason input').fill('临时要去医院');
    await visible(page, '#cancel-submit').click();
    await page.waitForSelector('#cancel-result');
    await signInAs(page, 'u-resident-new');
    await page.goto(`/#${routeUrl(routes.myVisits)}`);
    await page.waitForSelector('#my-visit-list');
    await expect(visible(page, '#my-visit-list').innerText()).resolves.toContain('已预约');
  });

  it('the cadre marks attendance and records the visit with a follow-up', async () => {
    // Attendance is for the visit day itself: the host's clock moves to its morning.
    await setHostClock(env.host.url, shanghaiWallClockToMs(date, '09:30'));
    await signInAs(page, 'u-cadre-liu');
    await page.goto(`/#/packages/cadre/sheet/index?date=${date}`);
    await page.waitForSelector('#day-sheet');
    const sheet = await visible(page, '#day-sheet').innerText();
    expect(sheet).toContain('张桂兰');
    expect(sheet).not.toContain('13805371234'); // masked until the cadre asks
    const card = page.locator('[id^="sheet-booking-"]:visible', { hasText: '张桂兰' });
    const bookingId = ((await card.getAttribute('id')) ?? '').replace('sheet-booking-', '');
    await page.click(`#attend-${bookingId}`);
    await page.click(`#record-${bookingId}`);
    await page.waitForSelector('#record-form');
    await visible(page, '#record-heard textarea').fill('3号楼2单元楼道灯坏了一个月，老人晚上上下楼不方便');
    await visible(page, '#record-solved textarea').fill('已联系物业，承诺一周内修好');
    await page.click('#followup-switch');
    await visible(page, '#followup-note textarea, #followup-note input').fill('一周后回访楼道灯是否修好');
    await page.click('#record-save');
    await page.waitForSelector('#record-saved');
  });

  it('the resident sees the record and the follow-up in 我的约见', async () => {
    await signInAs(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.myVisits)}`);
    await page.waitForSelector('#my-visit-list');
    const list = await visible(page, '#my-visit-list').innerText();
    expect(list).toContain('楼道灯坏了一个月');
    expect(list).toContain('承诺一周内修好');
    expect(list).toContain('待跟进');
  });

  it('ran under the host’s Content-Security-Policy with nothing blocked', () => {
    expect(cspViolationsOf(page)).toEqual([]);
  });
});
