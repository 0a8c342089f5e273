import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { callAs, setHostClock } from './support/api';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';

jest.setTimeout(180_000);

/**
 * 志愿活动 end to end in Chromium on the local host: the committee (陈秀英) publishes a clean-up
 * for one volunteer; 李明 signs up and 王建国 joins the waitlist; on the day (the host's clock
 * moved there) 李明 signs in and out with the code on the organiser's screen and his hours show
 * the activity.
 */
describe('志愿活动 from publishing to the volunteer’s hours (h5 on the local host)', () => {
  const env = useHostAndBrowser();
  let page: Page;
  let activityId = '';
  let startAt = 0;

  const api = async (userId: string, action: string, data: unknown) => {
    const answer = await callAs(env.host.url, userId, 'service', action, data);
    if (!answer.ok) throw new Error(`service.${action} as ${userId}: ${JSON.stringify(answer)}`);
    return answer.data;
  };

  beforeAll(async () => {
    page = env.page;
    for (const userId of ['u-resident-li', 'u-resident-zhang']) {
      const { volunteer } = await api(userId, 'reportVolunteer', { partyMember: true, categories: ['errand'] });
      await api('u-committee-chen', 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
    }
  });

  async function openActivity(userId: string) {
    await signInAs(page, userId);
    await page.goto(`/#${routeUrl(routes.serviceActivity, { id: activityId })}`);
    await page.waitForSelector('#service-activity-page #activity-phase');
  }

  const mineState = () => visible(page, '#activity-mine-state').innerText();

  it('the committee publishes an activity for one volunteer', async () => {
    await signInAs(page, 'u-committee-chen');
    await page.goto(`/#${routeUrl(routes.committeeActivityNew)}`);
    await page.waitForSelector('#activity-form');
    await visible(page, '#activity-title input, #activity-title textarea').fill('小区环境清洁');
    await visible(page, '#activity-place input, #activity-place textarea').fill('东门社区活动室');
    await visible(page, '#activity-headcount input').fill('1');
    await visible(page, '#activity-publish-submit').click();
    // Published: the organiser's screen, which says the code comes on the day.
    await page.waitForSelector('#committee-activity-page #activity-code-panel');
    const url = page.url();
    activityId = decodeURIComponent(url.slice(url.indexOf('id=') + 3).split('&')[0]);
    expect(activityId).not.toBe('');
    expect(await visible(page, '#activity-code-none').innerText()).toContain('签到');
    const { activity } = await api('u-committee-chen', 'activity', { activityId });
    expect(activity).toMatchObject({ title: '小区环境清洁', headcount: 1, phase: 'open' });
    startAt = activity.startAt;
  });

  it('李明 signs up and takes the seat; 张桂兰 joins the waitlist', async () => {
    await openActivity('u-resident-li');
    await visible(page, '#activity-signup').click();
    // The stand-in of WeChat's consent dialog: the sign-up waits for the answer, to carry it.
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-allow');
    await page.waitForFunction(() => document.querySelector('#activity-mine-state')?.textContent?.includes('已报名'));

    await openActivity('u-resident-zhang');
    await visible(page, '#activity-signup').click();
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-cancel');
    await page.waitForFunction(() => document.querySelector('#activity-mine-state')?.textContent?.includes('候补'));
    expect(await mineState()).toContain('1');
  });

  it('on the day 李明 signs in and out with the organiser’s code, and his ledger shows the hours', async () => {
    // Ten minutes after the start: the organiser's screen shows the code of this moment.
    await setHostClock(env.host.url, startAt + 10 * 60_000);
    await signInAs(page, 'u-committee-chen');
    await page.goto(`/#${routeUrl(routes.committeeActivity, { id: activityId })}`);
    await page.waitForSelector('#activity-code-digits');
    const code = (await visible(page, '#activity-code-digits').innerText()).replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);
    expect(await visible(page, '#activity-roster').innerText()).toContain('李明');

    await openActivity('u-resident-li');
    await visible(page, '#activity-code-input input').fill('000000' === code ? '111111' : '000000');
    await visible(page, '#activity-signIn').click();
    await page.waitForFunction(() => document.querySelector('#activity-code-error')?.textContent?.includes('签到码'));
    await visible(page, '#activity-code-input input').fill(code);
    await visible(page, '#activity-signIn').click();
    await page.waitForSelector('#activity-signOut-panel');

    // At the end: a fresh code, signing out credits the 110 minutes he was there.
    await setHostClock(env.host.url, startAt + 2 * 3_600_000);
    await signInAs(page, 'u-committee-chen');
    await page.goto(`/#${routeUrl(routes.committeeActivity, { id: activityId })}`);
    await page.waitForSelector('#activity-code-digits');
    const outCode = (await visible(page, '#activity-code-digits').innerText()).replace(/\D/g, '');
    await openActivity('u-resident-li');
    await visible(page, '#activity-code-input input').fill(outCode);
    await visible(page, '#activity-signOut').click();
    await page.waitForSelector('#activity-credit');
    expect(await visible(page, '#activity-credit').innerText()).toContain('1.8');

    await page.goto(`/#${routeUrl(routes.serviceHours)}`);
    await page.waitForSelector('#ledger-list');
    expect(await visible(page, '#ledger-list').innerText()).toContain('小区环境清洁');
  });
});
