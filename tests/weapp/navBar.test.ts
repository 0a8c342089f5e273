/** @jest-environment jsdom */
import { signedInBackend, userView, weappPageTests } from './fixtures';

// 张桂兰 has elder mode forced on (host/seed.ts).
const ZHANG = 'u-resident-zhang';

describe('no h5 navigation bar in the mini-program (real weapp build): WeChat draws its own', () => {
  const pages = weappPageTests();

  test.each([
    ['a tab page', 'pages/mine/index'],
    ['a page that is not a tab', 'packages/resident/my-matters/index'],
  ])('%s renders no bar, no title and no 返回', async (_kind, route) => {
    const backend = signedInBackend(pages.data, userView(pages.data, ZHANG)).reply('matter', 'mine', {
      items: [],
      nextCursor: null,
    });
    const page = pages.open(route, { backend });
    await page.settle();
    expect(page.screenClasses()).toContain('mq-elder');
    expect(page.find('nav-bar')).toBeUndefined();
    expect(page.find('nav-back')).toBeUndefined();
    expect(page.find('nav-title')).toBeUndefined();
    expect(page.html()).not.toContain('返回');
  });
});
