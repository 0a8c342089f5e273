/** @jest-environment jsdom */
import { elderModeLabels } from '@domain/elderMode';
import { requestIdSchema } from '@domain/ids';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';

// 张桂兰 has elder mode forced on (host/seed.ts).
const ZHANG = 'u-resident-zhang';

describe('mine page (real weapp build)', () => {
  const pages = weappPageTests();

  async function openMine(): Promise<MiniPage> {
    const page = pages.open('pages/mine/index', { backend: signedInBackend(pages.data, userView(pages.data, ZHANG)) });
    await page.waitForId('mine-name');
    return page;
  }

  const isChosen = (p: MiniPage, mode: string) => p.classes(`elder-mode-${mode}`).includes('mq-choice--active');

  test('shows the name, the community and the three elder-mode options', async () => {
    const p = await openMine();

    expect(p.text('mine-name')).toBe('张桂兰');
    expect(p.text()).toContain('任城区 · 古槐街道 · 东门社区');
    // The labels come from the domain module the page itself renders from.
    expect(p.text('elder-mode-auto')).toBe(elderModeLabels.auto);
    expect(p.text('elder-mode-on')).toBe(elderModeLabels.on);
    expect(p.text('elder-mode-off')).toBe(elderModeLabels.off);
    expect([isChosen(p, 'auto'), isChosen(p, 'on'), isChosen(p, 'off')]).toEqual([false, true, false]);
    expect(p.screenClasses()).toContain('mq-elder');
  });

  test('choosing 关闭 saves the preference and redraws the screen at normal size', async () => {
    const p = await openMine();

    p.tap('elder-mode-off');
    const call = await p.waitFor(() => p.backend.callsOf('account', 'setPreferences')[0], 'the setPreferences call');

    expect(call.data).toEqual({ elderMode: 'off' });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    await p.waitFor(() => isChosen(p, 'off'), '关闭 to become active');
    expect(isChosen(p, 'on')).toBe(false);
    expect(p.screenClasses()).not.toContain('mq-elder');
    // Kept on the phone too, so the next launch starts at the right size.
    expect(p.wx.storage.get('mq.elderMode')).toBe('off');
  });

  test('tapping the option already chosen sends nothing', async () => {
    const p = await openMine();

    p.tap('elder-mode-on');
    await p.settle();

    expect(p.backend.callsOf('account', 'setPreferences')).toEqual([]);
  });
});
