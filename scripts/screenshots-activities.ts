/**
 * `npm run screenshots:activities`: 志愿活动 on npm start's living demo, at 375x812: 张桂兰 (elder
 * mode on in the seed) on the list and an activity, 李明 the volunteer on an activity he may sign
 * up for or sign in to, and the committee's 发布活动 form and organiser's screen (the code and the
 * roster). Whatever activities the demo holds are used; a scene without one is skipped. Saved as
 * activities-*.png under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

type Listed = { items: { id: string; stationId: string | null; actions: string[] }[] };

/** The coming activities as the signed-in user sees them, through the page's own session. */
async function activities(page: Page): Promise<Listed['items']> {
  return page.evaluate(async () => {
    const response = await fetch('/api/service', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'activities', data: { when: 'upcoming' } }),
    });
    const answer = await response.json();
    if (!answer.ok) throw new Error(`service.activities: ${answer.code}`);
    return (answer.data as Listed).items;
  });
}

async function open(page: Page, url: string, ready: string, name: string): Promise<void> {
  await page.goto(`/#${url}`);
  await page.waitForSelector(ready);
  await shot(page, name);
}

const activityPage = (id: string) => routeUrl(routes.serviceActivity, { id });

runScreenshots(
  async (page) => {
    await signIn(page, 'u-resident-zhang');
    await open(page, routeUrl(routes.serviceActivities), '#service-activities-page', 'activities-01-list-elder');
    const [first] = await activities(page);
    if (first) await open(page, activityPage(first.id), '#activity-facts', 'activities-02-activity-elder');
    const atStation = (await activities(page)).find((a) => a.stationId);
    if (atStation?.stationId)
      await open(
        page,
        routeUrl(routes.serviceActivities, { stationId: atStation.stationId }),
        '#service-activities-page',
        'activities-03-station-elder',
      );

    await signIn(page, 'u-resident-li');
    const mine = await activities(page);
    const toJoin = mine.find((a) => a.actions.includes('signUp'));
    if (toJoin) await open(page, activityPage(toJoin.id), '#activity-signup', 'activities-04-sign-up');
    const toSignIn = mine.find((a) => a.actions.includes('signIn') || a.actions.includes('signOut'));
    if (toSignIn) await open(page, activityPage(toSignIn.id), '#activity-code', 'activities-05-code-entry');

    await signIn(page, 'u-committee-chen');
    await open(page, routeUrl(routes.committeeActivityNew), '#activity-form', 'activities-06-publish');
    const run = (await activities(page)).find((a) => a.actions.includes('roster'));
    if (run)
      await open(
        page,
        routeUrl(routes.committeeActivity, { id: run.id }),
        '#activity-roster',
        'activities-07-organiser',
      );
  },
  { demoLife: true },
);
