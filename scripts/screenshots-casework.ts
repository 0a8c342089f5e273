/**
 * `npm run screenshots:casework`: 街呼区应 on npm start's living demo (host/demo/cases.ts), at
 * 375x812, as each role of the case loop sees it: 周涛's 街道督办 with the overdue case in red, a
 * returned case to re-route and an extension to decide, the routing table; 吴强's and 郑红's
 * 承办案件 and a case to accept; 孙丽's 待核查, a fed-back case to check (also in elder mode) and
 * 信息采集; 陈秀英's matter page with its case card and the 派遣 page; 张桂兰 (elder mode on in the
 * seed) on the public timeline of her checked matter; and the empty lists. Saved as casework-*.png
 * under .tmp/screenshots (or SCREENSHOT_DIR). Needs dist/h5 built.
 */
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { runScreenshots, shot, signIn } from './screenshotSteps';

interface Listed {
  id: string;
  matterId: string;
  title: string;
  state: string;
  overdue: boolean;
  extensionPending: boolean;
}

/** Calls the casework function through the page's own session (the signed-in user). */
async function casework<T>(page: Page, action: string, data: object): Promise<T> {
  return page.evaluate(
    async ({ action, data }) => {
      const response = await fetch('/api/casework', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, data }),
      });
      const answer = await response.json();
      if (!answer.ok) throw new Error(`casework.${action}: ${answer.code}`);
      return answer.data;
    },
    { action, data },
  );
}

const listed = async (page: Page, action: string, data: object = {}) =>
  (await casework<{ items: Listed[] }>(page, action, { limit: 50, ...data })).items;

async function open(page: Page, url: string, ready: string, name: string): Promise<void> {
  await page.goto(`/#${url}`);
  await page.waitForSelector(ready);
  await shot(page, name);
}

async function openCase(page: Page, item: Listed | undefined, name: string): Promise<void> {
  if (!item) return console.log(`skipped ${name}: no such case in the demo`);
  await open(page, routeUrl(routes.case, { id: item.id }), '#case-page', name);
}

/** The lower half of a long page: the case's 办理经过 and the buttons. */
async function shotScrolled(page: Page, selector: string, name: string): Promise<void> {
  const target = page.locator(`${selector}:visible`).first();
  if ((await target.count()) === 0) return console.log(`skipped ${name}: ${selector} not shown`);
  await target.scrollIntoViewIfNeeded();
  await shot(page, name);
}

async function street(page: Page) {
  await signIn(page, 'u-street-zhou');
  await shot(page, 'casework-01-street-home');
  await open(page, routeUrl(routes.caseSupervision), '.cs-card', 'casework-02-street-supervision');
  await page.locator('.cs-card--overdue:visible').first().scrollIntoViewIfNeeded();
  await shot(page, 'casework-03-street-supervision-overdue');
  const inView = await listed(page, 'supervision');
  await openCase(
    page,
    inView.find((c) => c.state === 'returned'),
    'casework-04-street-returned',
  );
  await shotScrolled(page, '#case-actions', 'casework-05-street-returned-actions');
  await page.locator('#case-reroute:visible').click();
  await page.waitForSelector('#case-sheet');
  await shot(page, 'casework-06-street-reroute-sheet');
  await openCase(
    page,
    inView.find((c) => c.extensionPending),
    'casework-07-street-extension',
  );
  await shotScrolled(page, '#case-actions', 'casework-08-street-extension-actions');
  await open(page, routeUrl(routes.caseRouting), '#routing-rules', 'casework-09-street-routing');
  await open(page, routeUrl(routes.caseInbox, { tab: 'done' }), '#case-inbox', 'casework-10-street-inbox-done-empty');
}

async function holders(page: Page) {
  await signIn(page, 'u-dept-wu');
  await shot(page, 'casework-11-department-home');
  await open(page, routeUrl(routes.caseInbox, { tab: 'waiting' }), '.cs-card', 'casework-12-department-waiting');
  const [fresh] = await listed(page, 'inbox', { tab: 'waiting' });
  await openCase(page, fresh, 'casework-13-department-case');
  await shotScrolled(page, '#case-actions', 'casework-14-department-case-actions');
  const [longTerm] = (await listed(page, 'inbox', { tab: 'doing' })).filter((c) => c.state === 'long_term');
  await openCase(page, longTerm, 'casework-15-department-long-term');

  await signIn(page, 'u-property-zheng');
  await open(page, routeUrl(routes.caseInbox, { tab: 'doing' }), '.cs-card', 'casework-16-property-doing');
  const [doing] = await listed(page, 'inbox', { tab: 'doing' });
  await openCase(page, doing, 'casework-17-property-case');
  await shotScrolled(page, '#case-actions', 'casework-18-property-case-actions');
  await page.locator('#case-feedback:visible').click();
  await page.waitForSelector('#case-sheet');
  await shot(page, 'casework-19-property-feedback-sheet');
}

async function gridWorker(page: Page) {
  await signIn(page, 'u-grid-sun');
  await shot(page, 'casework-20-grid-home');
  await open(page, routeUrl(routes.caseToVerify), '.cs-card', 'casework-21-grid-to-verify');
  const [toCheck] = await listed(page, 'toVerify');
  await openCase(page, toCheck, 'casework-22-grid-case-to-check');
  await shotScrolled(page, '#case-actions', 'casework-23-grid-case-actions');
  await open(page, routeUrl(routes.caseReport), '#case-report', 'casework-24-grid-report');
  await open(page, routeUrl(routes.mine), '#elder-mode-on', 'casework-25-grid-mine');
  await page.click('#elder-mode-on');
  await page.waitForSelector('#elder-mode-on.mq-choice--active');
  await openCase(page, toCheck, 'casework-26-grid-case-elder');
  await shotScrolled(page, '#case-actions', 'casework-27-grid-case-actions-elder');
  await open(page, routeUrl(routes.caseToVerify), '#case-to-verify', 'casework-28-grid-to-verify-elder');
}

async function committeeAndResident(page: Page) {
  await signIn(page, 'u-committee-zhao');
  await open(page, routeUrl(routes.caseToVerify), '#case-to-verify', 'casework-29-committee-to-verify-empty');

  await signIn(page, 'u-street-zhou');
  const [returned] = (await listed(page, 'supervision')).filter((c) => c.state === 'returned');
  const [overdue] = (await listed(page, 'supervision')).filter((c) => c.overdue);
  await signIn(page, 'u-committee-zhao');
  for (const [item, name] of [
    [returned, 'casework-30-committee-matter-returned'],
    [overdue, 'casework-31-committee-matter-overdue'],
  ] as const) {
    if (!item) continue;
    await open(page, `/packages/committee/manage/index?id=${item.matterId}`, '#action-panel', name);
    await shotScrolled(page, '#matter-case', `${name}-card`);
  }

  await signIn(page, 'u-committee-chen');
  const { items } = await page.evaluate(async () => {
    const response = await fetch('/api/matter', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'list', data: { limit: 50 } }),
    });
    return (await response.json()).data as { items: { id: string; state: string }[] };
  });
  const openMatter = items.find((m) => m.state === 'open');
  if (openMatter)
    await open(
      page,
      routeUrl(routes.caseDispatch, { matterId: openMatter.id }),
      '#dispatch-suggestion',
      'casework-32-committee-dispatch',
    );

  await signIn(page, 'u-resident-zhang');
  await page.goto(`/#${routeUrl(routes.matters)}`);
  // Pages stay mounted in h5: the list's title may exist hidden too, so the visible one is tapped.
  const checked = page.locator('text=幸福小区健身器材螺丝松动 >> visible=true').first();
  await checked.waitFor();
  await checked.click();
  await page.waitForSelector('#timeline');
  await shot(page, 'casework-33-resident-matter-elder');
  await shotScrolled(page, '#timeline', 'casework-34-resident-timeline-elder');
}

runScreenshots(
  async (page) => {
    await street(page);
    await holders(page);
    await gridWorker(page);
    await committeeAndResident(page);
  },
  { demoLife: true },
);
