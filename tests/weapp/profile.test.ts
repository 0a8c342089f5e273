/** @jest-environment jsdom */
import { requestIdSchema } from '@domain/ids';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { failure, ok, type MiniPage } from './harness';
import { routes } from '@domain/routes';

// 张桂兰 lives in 东门社区, 东门第一网格, 幸福小区 (host/seed.ts).
const ZHANG = 'u-resident-zhang';

describe('profile page (real weapp build)', () => {
  const pages = weappPageTests();

  async function openProfile(): Promise<MiniPage> {
    const page = pages.open(routes.profile.path, {
      backend: signedInBackend(pages.data, userView(pages.data, ZHANG)),
    });
    await page.waitForId('profile-form');
    return page;
  }

  const isActive = (p: MiniPage, id: string) => p.classes(id).includes('mq-choice--active');

  test('shows the signed-in user in the form once login answers', async () => {
    const p = await openProfile();

    expect(p.wx.cloudInit).toMatchObject([{ traceUser: true }]);
    expect(p.inputValue('profile-name')).toBe('张桂兰');
    expect(p.inputValue('profile-building')).toBe('3号楼2单元501');
    expect(isActive(p, 'community-c-dongmen')).toBe(true);
    expect(isActive(p, 'community-c-ximen')).toBe(false);
    expect(isActive(p, 'grid-g-dongmen-1')).toBe(true);
    expect(isActive(p, 'compound-p-xingfu')).toBe(true);
    expect(p.text('community-c-ximen')).toBe('西门社区');
  });

  test('choosing another community offers its grids and compounds, none chosen', async () => {
    const p = await openProfile();

    p.tap('community-c-ximen');
    await p.waitFor(() => isActive(p, 'community-c-ximen'), '西门社区 to become active');

    expect(isActive(p, 'community-c-dongmen')).toBe(false);
    for (const id of ['grid-g-ximen-1', 'grid-g-ximen-2', 'compound-p-yunhe', 'compound-p-taibai']) {
      expect(isActive(p, id)).toBe(false);
    }
    expect(p.text('grid-g-ximen-2')).toBe('西门第二网格');
    // The east community's places are gone, not just unselected.
    for (const id of ['grid-g-dongmen-1', 'grid-g-dongmen-2', 'compound-p-xingfu', 'compound-p-gulou']) {
      expect(p.find(id)).toBeUndefined();
    }
  });

  test('saving sends account.updateProfile with the edited profile and a request id', async () => {
    const p = await openProfile();
    p.tap('community-c-ximen');
    await p.waitFor(() => isActive(p, 'community-c-ximen'), '西门社区 to become active');
    p.get('profile-name').dispatchEvent('input', { detail: { value: '张桂英' } });
    await p.waitFor(() => p.inputValue('profile-name') === '张桂英', 'the typed name');

    p.tap('profile-save');
    const call = await p.waitFor(() => p.backend.callsOf('account', 'updateProfile')[0], 'the save call');

    expect(call.data).toEqual({
      name: '张桂英',
      communityId: 'c-ximen',
      gridId: null,
      compoundId: null,
      building: '3号楼2单元501',
      phone: '13805371234',
    });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    expect(call.requestId).not.toBe(p.backend.callsOf('account', 'login')[0].requestId);
    await p.waitFor(() => p.text().includes('已保存'), 'the 已保存 toast');
    // The profile page was opened first, so WeChat cannot go back: the page falls back to 我的.
    await p.waitFor(() => p.wx.navigations.some((n) => n.api === 'switchTab'), 'the way out');
    expect(p.wx.navigations).toEqual([
      { api: 'navigateBack', delta: 1 },
      { api: 'switchTab', url: '/pages/mine/index' },
    ]);
  });

  test('saving again after a failure reuses the request id; an edit starts a new one', async () => {
    const p = await openProfile();
    let attempts = 0;
    p.backend.on('account', 'updateProfile', () => {
      attempts += 1;
      return attempts === 1
        ? failure('INTERNAL', '系统开小差了，请稍后再试')
        : ok({ user: userView(pages.data, ZHANG) });
    });
    const saves = () => p.backend.callsOf('account', 'updateProfile');

    p.tap('profile-save');
    await p.waitFor(() => p.text().includes('系统开小差了'), 'the failure toast');
    p.tap('profile-save');
    await p.waitFor(() => saves()[1], 'the second save');
    p.get('profile-building').dispatchEvent('input', { detail: { value: '3号楼2单元502' } });
    await p.waitFor(() => p.inputValue('profile-building') === '3号楼2单元502', 'the edit');
    p.tap('profile-save');
    await p.waitFor(() => saves()[2], 'the save after the edit');

    // The server deduplicates on the id: the same intent must not be applied twice.
    expect(saves()[1].requestId).toBe(saves()[0].requestId);
    expect(saves()[2].requestId).not.toBe(saves()[0].requestId);
  });

  test('an invalid phone is refused on the page, without calling the backend', async () => {
    const p = await openProfile();
    p.get('profile-phone').dispatchEvent('input', { detail: { value: '12345' } });
    await p.waitFor(() => p.inputValue('profile-phone') === '12345', 'the typed phone');

    p.tap('profile-save');
    await p.waitFor(() => p.text().includes('请填写11位手机号码'), 'the phone error');

    expect(p.backend.callsOf('account', 'updateProfile')).toEqual([]);
  });
});
