/**
 * `npm run screenshots:service`: 群众点单 · 红色代办 · 双报到 on npm start's living demo, at 375x812:
 * 张桂兰 (elder mode on in the seed) and her orders, 李明 the volunteer (hall, claims, an order in
 * progress, hours), the committee's orders, volunteers, set-up and 代办 form. Saved as service-*.png
 * under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

/** A service query as the signed-in user, through the page's own session. */
async function service<T>(page: Page, action: string, data: object): Promise<T> {
  return page.evaluate(
    async ({ action, data }) => {
      const response = await fetch('/api/service', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, data }),
      });
      const answer = await response.json();
      if (!answer.ok) throw new Error(`service.${action}: ${answer.code}`);
      return answer.data;
    },
    { action, data },
  );
}

async function open(page: Page, url: string, ready: string, name: string): Promise<void> {
  await page.goto(`/#${url}`);
  await page.waitForSelector(ready);
  await shot(page, name);
}

type Listed = { items: { id: string; state: string; onBehalfLine: string }[] };

runScreenshots(
  async (page) => {
    await signIn(page, 'u-resident-zhang');
    await open(page, routeUrl(routes.serviceCatalogue), '#service-menu', 'service-01-catalogue-zhang-elder');
    await open(
      page,
      routeUrl(routes.serviceOrders, { list: 'mine' }),
      '#service-order-list',
      'service-02-my-orders-elder',
    );
    const mine = await service<Listed>(page, 'myOrders', {});
    const disputed = mine.items.find((o) => o.state === 'disputed');
    if (disputed)
      await open(
        page,
        routeUrl(routes.serviceOrder, { id: disputed.id }),
        '#order-state',
        'service-03-order-disputed-elder',
      );
    const placed = mine.items.find((o) => o.state === 'placed');
    if (placed)
      await open(
        page,
        routeUrl(routes.serviceOrder, { id: placed.id }),
        '#order-state',
        'service-04-order-placed-elder',
      );

    await signIn(page, 'u-resident-li');
    await open(page, routeUrl(routes.serviceCatalogue), '#service-volunteer', 'service-05-catalogue-volunteer');
    await open(page, routeUrl(routes.serviceOrders, { list: 'hall' }), '#service-order-list', 'service-06-hall');
    await open(page, routeUrl(routes.serviceOrders, { list: 'claims' }), '#service-order-list', 'service-07-claims');
    const claims = await service<Listed>(page, 'myClaims', {});
    const forWang = claims.items.find((o) => o.onBehalfLine);
    if (forWang)
      await open(page, routeUrl(routes.serviceOrder, { id: forWang.id }), '#order-state', 'service-08-order-behalf');
    await open(page, routeUrl(routes.serviceHours), '#hours-total', 'service-09-hours');

    await signIn(page, 'u-committee-chen');
    await shot(page, 'service-11-committee-home');
    await open(
      page,
      routeUrl(routes.committeeServiceOrders),
      '#committee-service-orders-page',
      'service-12-committee-orders',
    );
    await open(page, routeUrl(routes.committeeVolunteers), '#committee-volunteers-page', 'service-13-volunteers');
    await open(page, routeUrl(routes.committeeServiceSetup), '#committee-service-setup-page', 'service-14-setup');
    await open(page, routeUrl(routes.committeeOrderFor), '#committee-order-for-page', 'service-15-order-for');
  },
  { demoLife: true },
);
