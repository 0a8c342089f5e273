/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { shanghaiWallClockToMs } from '@domain/time';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';

// 张桂兰 (elder mode on, phone verified, 东门社区: host/seed.ts).
const ZHANG = 'u-resident-zhang';
const MIDNIGHT = shanghaiWallClockToMs('2026-12-06', '00:00');

describe('raise form (real weapp build)', () => {
  const pages = weappPageTests();

  async function openRaise(left: number): Promise<MiniPage> {
    const backend = signedInBackend(pages.data, userView(pages.data, ZHANG)).reply('matter', 'raiseQuota', {
      limit: 5,
      left,
      resetsAt: MIDNIGHT,
    });
    const page = pages.open(routes.newMatter.path, { backend });
    return page;
  }

  test("says the day's quota at open, with one call of its own", async () => {
    const p = await openRaise(2);
    await p.waitForId('raise-quota');
    expect(p.text('raise-quota')).toBe('今天还可以提 2 件（每人每天最多5件）');
    expect(p.backend.callsOf('matter', 'raiseQuota')).toHaveLength(1);
    expect(p.find('raise-form')).toBeTruthy();
  });

  test('at 0 says so and when it resets, instead of the form', async () => {
    const p = await openRaise(0);
    await p.waitForId('raise-quota-spent');
    expect(p.text('raise-quota-spent')).toContain('今天已提交5件说事，达到每天上限。明天0点后可以再提。');
    expect(p.text('raise-quota-spent')).toContain('12月6日 00:00起可以再提');
    expect(p.find('raise-form')).toBeUndefined();
  });

  test('shows every problem at once, scrolls WeChat to the first, and clears a fixed one', async () => {
    const p = await openRaise(5);
    await p.waitForId('raise-form');
    p.tap('raise-submit');
    await p.waitFor(() => p.text('raise-field-category').includes('请选择事项类别'), 'the category complaint');
    expect(p.text('raise-field-title')).toContain('标题至少4个字');
    expect(p.text('raise-field-body')).toContain('至少10个字');
    await p.waitFor(() => p.wx.scrolls.length > 0, 'wx.pageScrollTo');
    expect(p.wx.scrolls[0]).toMatchObject({ selector: '#raise-field-category' });

    p.tap('category-parking');
    await p.waitFor(() => !p.text('raise-field-category').includes('请选择事项类别'), 'the complaint cleared');
    expect(p.text('raise-field-title')).toContain('标题至少4个字');
    expect(p.backend.callsOf('matter', 'raise')).toEqual([]);
  });
});
