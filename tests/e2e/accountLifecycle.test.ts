import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readXlsx } from '../support/readXlsx';
import { callAs } from './support/api';
import { cspViolationsOf } from './support/browser';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';
import { routes, routeUrl } from '@domain/routes';

jest.setTimeout(180_000);

const PHOTO = path.join(__dirname, 'fixtures', 'photo.jpg');
const TITLE = '五号楼电梯经常停运老人上下楼难';
const PHONE = '13912345678';

/**
 * A newcomer's whole life in the app, end to end in Chromium on the local host (issue 12): they
 * fill in the profile, verify their phone and agree to the privacy sheet, raise a matter with a
 * photo, take a copy of their data, and 注销; a neighbour then reads the matter under 已注销用户.
 */
describe('a resident from the first visit to 注销 (h5 on the local host)', () => {
  const env = useHostAndBrowser();
  let page: Page;
  let matterId = '';
  beforeAll(() => {
    page = env.page;
  });

  it('a newcomer fills in the profile, verifies the phone behind the privacy sheet and raises a matter with a photo', async () => {
    await signInAs(page, 'u-resident-new');
    await page.waitForSelector('#profile-notice');
    await page.click('#profile-notice taro-button-core');
    await page.waitForSelector('#profile-form');
    await visible(page, '#profile-name input').fill('孙大爷');
    await visible(page, '#community-c-dongmen').click();
    await visible(page, '#profile-save').click();
    await page.waitForSelector('#home-greeting:has-text("孙大爷")');

    await page.goto(`/#${routeUrl(routes.newMatter)}`);
    // Publishing needs a verified phone: the form waits behind the check.
    await page.waitForSelector('#phone-verify');
    expect(await page.locator('#raise-form').count()).toBe(0);
    await visible(page, '#phone-verify-input input').fill(PHONE);
    await visible(page, '#phone-verify-submit').click();
    // The number is personal data: a new user's first agreement is asked here.
    await page.waitForSelector('#privacy-sheet');
    await visible(page, '#privacy-agree').click();
    await page.waitForSelector('#raise-form');

    await visible(page, '#category-facilities').click();
    await visible(page, '#matter-title input').fill(TITLE);
    await visible(page, '#matter-body textarea').fill(
      '五号楼电梯这个月停了三次，楼上老人下不了楼，孙大爷电话13912345678。',
    );
    // Agreed already: the picker opens at once.
    const chooser = page.waitForEvent('filechooser');
    await visible(page, '#photo-add').click();
    await (await chooser).setFiles(PHOTO);
    await page.waitForSelector('#photo-0[data-status="done"]', { timeout: 15_000 });
    await visible(page, '#raise-submit').click();
    await page.waitForSelector('#consent-sheet');
    await page.click('#consent-allow');
    await page.waitForSelector('#matter-detail', { timeout: 15_000 });
    matterId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? '';
    expect(matterId).not.toBe('');
    const approved = await callAs(env.host.url, 'u-committee-chen', 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [matterId],
      decision: 'approve',
    });
    expect(approved.ok).toBe(true);
  });

  it('takes a copy of everything held about them: the file opens and holds the matter', async () => {
    await page.goto(`/#${routeUrl(routes.account)}`);
    await visible(page, '#account-export-start').click();
    await page.waitForSelector('#account-export-ready');
    const download = page.waitForEvent('download');
    await visible(page, '#account-export-take').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^minqing-my-data-\d{8}-\d{4}\.xlsx$/);
    const book = readXlsx(new Uint8Array(readFileSync(await file.path())));
    expect(book.sheets['个人资料'].rows).toEqual([expect.objectContaining({ 姓名: '孙大爷', 手机号: PHONE })]);
    expect(book.sheets['我的说事'].rows).toEqual([expect.objectContaining({ 说事编号: matterId, 标题: TITLE })]);
    // Nobody else's: not even the committee member who approved it, by name or phone.
    const everything = Object.values(book.parts).join('\n');
    expect(everything).not.toContain('13505375678');
    expect(everything).not.toContain('陈秀英');
  });

  it('注销: one red confirmation, signed out at once, the old session refused', async () => {
    await page.goto(`/#${routeUrl(routes.account)}`);
    await visible(page, '#account-delete-start').click();
    const confirm = visible(page, '.taro-model__confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toBe('确认注销');
    // Red like the app's alerts, not the default blue: this cannot be undone.
    expect(await confirm.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(200, 16, 46)');
    await confirm.click();
    // Signed out at once: the h5 demo is back at its login, which no longer offers the account.
    await page.waitForSelector('#identity-u-resident-li', { timeout: 15_000 });
    expect(await page.locator('#identity-u-resident-new').count()).toBe(0);
    // The browser's old session is refused.
    const me = await page.request.post('/api/account', { data: { action: 'me', data: {} } });
    expect(me.status()).toBe(401);
    expect(cspViolationsOf(page)).toEqual([]);
  });

  it('a neighbour reads the matter under 已注销用户, without the name, the phone or the photo', async () => {
    await signInAs(page, 'u-resident-li');
    await page.goto(`/#${routeUrl(routes.matter, { id: matterId })}`);
    await page.waitForSelector('#matter-detail');
    await expect(visible(page, '#matter-detail-author').innerText()).resolves.toContain('已注销用户');
    const detail = await visible(page, '#matter-detail').innerText();
    expect(detail).toContain(TITLE.slice(0, 4));
    expect(detail).not.toContain('孙大爷');
    expect(detail).not.toContain(PHONE);
    expect(detail).not.toContain('139****5678');
    expect(await page.locator('#matter-photos img:visible').count()).toBe(0);
  });
});
