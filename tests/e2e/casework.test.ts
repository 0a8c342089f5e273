import path from 'node:path';
import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';
import { callAs, setHostClock } from './support/api';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';

jest.setTimeout(240_000);

const PHOTO = path.join(__dirname, 'fixtures', 'photo.jpg');
const DAY = 86_400_000;

/**
 * 街呼区应 end to end in Chromium on the local host. 张桂兰 raises 小区路灯不亮; 陈秀英 approves it
 * and dispatches it to 幸福物业 as the routing table suggests; 郑红 accepts and feeds back with a
 * photo; 孙丽 checks it on site from 待核查; 张桂兰 reads each hand-off on the public timeline and
 * rates it. A second matter goes to 区城管局, 吴强 returns it, 周涛 re-routes it to 区住建局. A week
 * later (the host's and the browser's clocks moved) 街道督办 shows that case overdue, in red.
 */
describe('街呼区应 from dispatch to the resident’s rating (h5 on the local host)', () => {
  const env = useHostAndBrowser();
  let page: Page;
  let lampMatter = '';
  let lampCase = '';
  let binMatter = '';

  beforeAll(() => {
    page = env.page;
  });

  const idFromUrl = () => new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';

  async function openCase(userId: string, caseId: string) {
    await signInAs(page, userId);
    await page.goto(`/#${routeUrl(routes.case, { id: caseId })}`);
    await page.waitForSelector('#case-page');
  }

  /** 受理 asks first (Taro's modal in h5): the holder confirms. */
  async function accept() {
    await visible(page, '#case-accept').click();
    await page.locator('.taro-modal__foot >> text=受理').click();
    await page.waitForFunction(() => !document.querySelector('#case-accept'));
  }

  async function fillSheet(field: string, text: string) {
    await page.waitForSelector('#case-sheet');
    await visible(page, `${field} textarea`).fill(text);
  }

  async function submitSheet() {
    await visible(page, '#case-sheet-submit').click();
    await page.waitForSelector('#case-sheet', { state: 'detached' });
  }

  /** The committee dispatches from its matter page; the dispatch page lands on the new case. */
  async function dispatch(matterId: string, suggested: string): Promise<string> {
    await signInAs(page, 'u-committee-chen');
    await page.goto(`/#/packages/committee/manage/index?id=${matterId}`);
    await visible(page, '#action-dispatch').click();
    await page.waitForSelector('#dispatch-suggestion');
    expect(await visible(page, '#dispatch-suggestion').innerText()).toContain(suggested);
    await visible(page, '#dispatch-submit').click();
    await page.waitForSelector('#case-page');
    return idFromUrl();
  }

  it('张桂兰 raises 小区路灯不亮 and 陈秀英 approves it', async () => {
    await signInAs(page, 'u-resident-zhang');
    await page.locator('.weui-tabbar__item').nth(1).click();
    await page.click('#raise-entry');
    await page.waitForSelector('#raise-form');
    await page.click('#category-facilities');
    await page.fill('#matter-title input', '小区路灯不亮');
    await page.fill('#matter-body textarea', '幸福小区3号楼前面的两盏路灯一个星期没亮了，晚上走路看不清台阶。');
    await page.click('#raise-submit');
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-allow');
    await page.waitForSelector('#matter-detail', { timeout: 15_000 });
    lampMatter = idFromUrl();
    expect(lampMatter).not.toBe('');

    await signInAs(page, 'u-committee-chen');
    await page.goto('/#/packages/committee/moderation/index');
    await page.click(`#queue-check-${lampMatter}`);
    await page.click('#bulk-approve');
    await page.waitForSelector('#moderation-results');
  });

  it('陈秀英 dispatches it to 幸福物业, as the routing table suggests', async () => {
    lampCase = await dispatch(lampMatter, '幸福物业');
    expect(lampCase).not.toBe('');
    const facts = await visible(page, '#case-page').innerText();
    expect(facts).toContain('幸福物业');
    expect(facts).toContain('已派遣，待受理');
  });

  it('郑红 of 幸福物业 accepts it and feeds back with a photo', async () => {
    await signInAs(page, 'u-property-zheng');
    await page.goto(`/#${routeUrl(routes.caseInbox, { tab: 'waiting' })}`);
    await page.waitForSelector(`#case-${lampCase}`);
    await visible(page, `#case-${lampCase}`).click();
    await page.waitForSelector('#case-page');
    await accept();
    await visible(page, '#case-feedback').click();
    await fillSheet('#case-feedback-text', '已更换3号楼前两盏路灯的灯泡和镇流器，晚上试过都亮了。');
    // 郑红's first photo: the privacy sheet asks first; agreeing opens the picker.
    await visible(page, '#photo-add').click();
    await page.waitForSelector('#privacy-sheet');
    const chooser = page.waitForEvent('filechooser');
    await visible(page, '#privacy-agree').click();
    await (await chooser).setFiles(PHOTO);
    await page.waitForSelector('#photo-0[data-status="done"]', { timeout: 15_000 });
    await submitSheet();
    await page.waitForFunction(() => document.querySelector('#case-page')?.textContent?.includes('已反馈，待核查'));
    expect(await page.locator('#case-page img:visible').count()).toBeGreaterThan(0);
  });

  it('孙丽 finds it in 待核查 and passes it after looking on site', async () => {
    await signInAs(page, 'u-grid-sun');
    await page.goto(`/#${routeUrl(routes.caseToVerify)}`);
    await page.waitForSelector(`#case-${lampCase}`);
    await visible(page, `#case-${lampCase}`).click();
    await page.waitForSelector('#case-page');
    await visible(page, '#case-pass').click();
    await fillSheet('#case-note', '晚上到现场看过，两盏灯都亮了');
    await submitSheet();
    await page.waitForFunction(() => document.querySelector('#case-page')?.textContent?.includes('已核查办结'));
  });

  it('张桂兰 reads every hand-off on the public timeline and rates it', async () => {
    await signInAs(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.matter, { id: lampMatter })}`);
    await page.waitForSelector('#rate-panel');
    const timeline = await visible(page, '#timeline').innerText();
    expect(timeline).toMatch(/已派至 幸福物业，应于.+前答复/);
    expect(timeline).toContain('幸福物业 已受理');
    expect(timeline).toContain('核查通过');
    // No staff phone number on the public page.
    expect(timeline).not.toContain('15005370123');
    await visible(page, '#rate-stars .nut-rate-item').waitFor();
    await page.locator('#rate-stars .nut-rate-item:visible').nth(4).click();
    await visible(page, '#rate-submit').click();
    await page.waitForFunction(() => !document.querySelector('#rate-panel'));
  });

  it('a second matter goes to 区城管局; 吴强 returns it and 周涛 re-routes it to 区住建局', async () => {
    // Set-up the test is not about: 李明 raises, the committee approves.
    const raised = await callAs(env.host.url, 'u-resident-li', 'matter', 'raise', {
      title: '鼓楼家园门口路面塌陷',
      body: '鼓楼家园南门口的路面塌了一个坑，下雨积水，电动车经过很危险。',
      category: 'environment',
      photos: [],
      anonymous: false,
    });
    binMatter = raised.data.matter.id;
    await callAs(env.host.url, 'u-committee-chen', 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [binMatter],
      decision: 'approve',
    });
    const binCase = await dispatch(binMatter, '区城管局');

    await openCase('u-dept-wu', binCase);
    await visible(page, '#case-return').click();
    await fillSheet('#case-reason', '路面塌陷属于市政道路维修，归住建局负责');
    await submitSheet();
    await page.waitForFunction(() => document.querySelector('#case-page')?.textContent?.includes('已退单，待街道改派'));

    await openCase('u-street-zhou', binCase);
    await visible(page, '#case-reroute').click();
    await page.waitForSelector('#reroute-holder-department-dep-zhujian');
    await visible(page, '#reroute-holder-department-dep-zhujian').click();
    await fillSheet('#case-reason', '道路塌陷由住建局维修');
    await submitSheet();
    await page.waitForFunction(() => document.querySelector('#case-page')?.textContent?.includes('区住建局'));

    await signInAs(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.matter, { id: binMatter })}`);
    await page.waitForSelector('#timeline');
    const timeline = await visible(page, '#timeline').innerText();
    expect(timeline).toContain('区城管局 退单：路面塌陷属于市政道路维修，归住建局负责，待街道改派');
    expect(timeline).toMatch(/改派至 区住建局，应于.+前答复/);
  });

  it('eight days on, 街道督办 shows the re-routed case overdue, in red', async () => {
    const later = Date.now() + 8 * DAY;
    await setHostClock(env.host.url, later);
    // The list words "超期…" from the phone's own clock: the browser's moves too.
    await page.clock.setFixedTime(later);
    await signInAs(page, 'u-street-zhou');
    await page.goto(`/#${routeUrl(routes.caseSupervision)}`);
    // A re-route starts a new case (with a new clock): the card is found by its matter's title.
    const card = visible(page, '.cs-card:has-text("鼓楼家园门口路面塌陷")');
    await card.waitFor();
    expect(await card.getAttribute('data-overdue')).toBe('true');
    const due = card.locator('.cs-card__due');
    expect(await due.innerText()).toContain('已超期1天');
    const colour = await due.evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    // The finished one is not listed: verified cases are done.
    expect(await page.locator('.cs-card:visible:has-text("小区路灯不亮")').count()).toBe(0);
  });
});
