/** @jest-environment jsdom */
import type { ElderMode } from '@domain/users';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';

// 李明 is an ordinary resident; each case gives him another preference and phone font size.
const LI = 'u-resident-li';

describe('elder mode on the home page (real weapp build)', () => {
  const pages = weappPageTests();

  async function openHome(elderMode: ElderMode, fontSizeSetting: number): Promise<MiniPage> {
    const backend = signedInBackend(pages.data, userView(pages.data, LI, { elderMode }));
    const page = pages.open('pages/index/index', { backend, fontSizeSetting });
    // Judge the screen only once the signed-in content is there, not the loading screen.
    await page.waitFor(() => page?.find('home-greeting'), 'the greeting');
    return page;
  }

  test.each<[ElderMode, number, boolean]>([
    ['on', 16, true],
    ['auto', 20, true],
    ['auto', 18, true],
    ['auto', 16, false],
    ['off', 20, false],
  ])('preference %s with system font %ipx: elder screen %s', async (elderMode, fontSize, elder) => {
    const p = await openHome(elderMode, fontSize);

    expect(p.text('home-greeting')).toBe('李明，您好');
    expect(p.screenClasses()).toContain('mq-screen');
    expect(p.screenClasses().includes('mq-elder')).toBe(elder);
  });

  test('a preference cached on the phone is applied before login answers', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, LI, { elderMode: 'on' }));
    backend.on('account', 'login', () => new Promise(() => undefined));
    const page = pages.open('pages/index/index', { backend, storage: { 'mq.elderMode': 'on' } });
    const p = page;

    await p.waitForId('state-loading');
    expect(p.text('state-loading')).toContain('正在登录');
    expect(p.screenClasses()).toContain('mq-elder');
  });

  test('the home page lists the next three visit days', async () => {
    const p = await openHome('auto', 16);
    // The days come with the resident's overview, a moment after the greeting.
    await p.waitForId('visit-days');

    const days = p.text('visit-days');
    expect(days.match(/\d+月(5|15|25)日/g)).toHaveLength(3);
  });
});
