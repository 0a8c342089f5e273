/**
 * The Taro stand-in for the 说事 page tests: the shared mock plus the page hooks and media APIs
 * those pages use. Hooks keep their latest callback so a test can "pull down" or "reach bottom".
 *
 *   jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());
 */
type Callback = () => unknown;

export const pageHooks: { pullDown: Callback | null; reachBottom: Callback | null; share: Callback | null } = {
  pullDown: null,
  reachBottom: null,
  share: null,
};

export function taroWithPageHooks() {
  const actual = jest.requireActual('../support/taroMock');
  const extra = {
    usePullDownRefresh: jest.fn((fn: Callback) => void (pageHooks.pullDown = fn)),
    useReachBottom: jest.fn((fn: Callback) => void (pageHooks.reachBottom = fn)),
    useShareAppMessage: jest.fn((fn: Callback) => void (pageHooks.share = fn)),
    stopPullDownRefresh: jest.fn(async () => ({})),
    previewImage: jest.fn(async () => ({})),
    showActionSheet: jest.fn(async () => ({ tapIndex: 0 })),
    chooseImage: jest.fn(async () => ({ tempFilePaths: [], tempFiles: [] })),
  };
  Object.assign(actual.default, extra);
  return { __esModule: true, ...actual, ...extra };
}

/** Sets the page's query (`?id=...`) as Taro's router would. */
export function setRouterParams(params: Record<string, string>): void {
  const Taro = jest.requireMock('@tarojs/taro').default;
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/resident/matter/index', params },
    page: {},
  });
}
