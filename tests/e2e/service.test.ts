import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { callAs } from './support/api';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';

jest.setTimeout(180_000);

/**
 * 群众点单 end to end in Chromium on the local host: 张桂兰 orders 代办证件; 李明, an approved
 * volunteer, claims, starts and completes it; she confirms with five stars; his hours show the
 * order's standard time.
 */
describe('群众点单 from the order to the volunteer’s hours (h5 on the local host)', () => {
  const env = useHostAndBrowser();
  let page: Page;
  let orderId = '';

  const api = async (userId: string, action: string, data: unknown) => {
    const answer = await callAs(env.host.url, userId, 'service', action, data);
    if (!answer.ok) throw new Error(`service.${action} as ${userId}: ${JSON.stringify(answer)}`);
    return answer.data;
  };

  beforeAll(async () => {
    page = env.page;
    // The committee adopts the starter menu; 李明 reports (双报到) and is approved.
    await api('u-committee-chen', 'adoptStarterMenu', {});
    const { volunteer } = await api('u-resident-li', 'reportVolunteer', { partyMember: true, categories: ['errand'] });
    await api('u-committee-chen', 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  });

  async function openOrder(userId: string) {
    await signInAs(page, userId);
    await page.goto(`/#${routeUrl(routes.serviceOrder, { id: orderId })}`);
    await page.waitForSelector('#service-order-page #order-state');
  }

  it('a resident orders 代办证件 from the menu', async () => {
    await signInAs(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.serviceCatalogue)}`);
    await visible(page, '#service-menu .sv-menu__item:has-text("代办证件")').click();
    await page.waitForSelector('#order-form');
    await visible(page, '#order-details textarea, #order-details input').fill('老年证到期了，帮忙去政务中心续办');
    // The day is tomorrow unless changed; the address and phone come from her profile.
    await visible(page, '#order-period-morning').click();
    await visible(page, '#order-submit').click();
    // The stand-in of WeChat's consent dialog: the order waits for the answer, to carry it.
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-allow');
    await page.waitForSelector('#service-order-page #order-state');
    expect(await visible(page, '#order-state').innerText()).toContain('待接单');
    const url = page.url();
    orderId = decodeURIComponent(url.slice(url.indexOf('id=') + 3).split('&')[0]);
    expect(orderId).not.toBe('');
  });

  it('the volunteer claims it, starts and finishes', async () => {
    await openOrder('u-resident-li');
    for (const [step, state] of [
      ['claim', '已接单'],
      ['start', '服务中'],
      ['finish', '待确认'],
    ] as const) {
      await visible(page, `#order-${step}`).click();
      // Taking an order asks for the news of it; this volunteer says no, and the claim goes on.
      if (step === 'claim') {
        await page.waitForSelector('#consent-sheet');
        await page.click('#consent-cancel');
      }
      await page.waitForFunction(
        (expected) => document.querySelector('#order-state')?.textContent?.includes(expected),
        state,
      );
    }
  });

  it('the resident confirms with five stars, and the volunteer’s ledger shows the hours', async () => {
    await openOrder('u-resident-zhang');
    await visible(page, '#confirm-stars .nut-rate-item').waitFor();
    await page.locator('#confirm-stars .nut-rate-item:visible').nth(4).click();
    await visible(page, '#confirm-submit').click();
    await page.waitForFunction(() => document.querySelector('#order-state')?.textContent?.includes('已完成'));

    await signInAs(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.serviceHours)}`);
    await page.waitForSelector('#hours-total');
    expect(await visible(page, '#hours-total').innerText()).toContain('2');
    expect(await visible(page, '#ledger-list').innerText()).toContain('代办证件');
  });

  it('the committee orders for 王桂芝, who has no phone: 由陈秀英代办 for the volunteer, and her daughter is told', async () => {
    await signInAs(page, 'u-committee-chen');
    await page.goto(`/#${routeUrl(routes.committeeOrderFor)}`);
    await visible(page, '#resident-mode-named').click();
    await visible(page, '#resident-name input').fill('王桂芝');
    await visible(page, '#order-consent-usual-0').click();
    // Her daughter 张桂兰 lives in the community and uses the app: she is told in her mother's place.
    await visible(page, '#family-search input').fill('张桂兰');
    await visible(page, '#family-search-go').click();
    await visible(page, '#family-u-resident-zhang').click();
    await page.waitForSelector('#family-chosen');
    await visible(page, '#order-item-' + (await itemId('代办证件'))).click();
    await visible(page, '#order-details textarea, #order-details input').fill('老人的社保卡丢了，帮忙去补办');
    await visible(page, '#order-address input').fill('东门小区5号楼101');
    await visible(page, '#order-phone input').fill('13900005678');
    await visible(page, '#order-for-submit').click();
    await page.waitForSelector('#order-for-placed');
    expect(await visible(page, '#order-for-done').innerText()).toContain('已为王桂芝代办下单');
    expect(await visible(page, '#order-for-placed').innerText()).toContain('由陈秀英代办');

    await signInAs(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.serviceOrders, { list: 'hall' })}`);
    await page.waitForSelector('#service-order-list :text("代办证件")');
    expect(await visible(page, '#service-order-list').innerText()).toContain('由陈秀英代办');

    await signInAs(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.messages)}`);
    await page.waitForSelector('#inbox-list');
    expect(await visible(page, '#inbox-list').innerText()).toContain('社区工作人员为您的家人王桂芝代点了一张服务单');
  });

  async function itemId(name: string): Promise<string> {
    const { items } = await api('u-committee-chen', 'catalogue', {});
    return items.find((i: { name: string }) => i.name === name).id;
  }
});
