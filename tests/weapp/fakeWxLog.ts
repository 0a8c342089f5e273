/**
 * What the fake `wx` (fakeWx.ts) is told and what it records: the host's options a test sets (font
 * size, storage, the user's action-sheet choice, an earlier privacy agreement) and the log of
 * everything the page did to the host, which the tests assert on. Types only, shared by every
 * group of fake APIs.
 */

export type NavigationApi = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';

export interface Navigation {
  api: NavigationApi;
  url?: string;
  delta?: number;
}

export interface WxOptions {
  /** The phone's font size setting in px; 16 is WeChat's standard size. */
  fontSizeSetting?: number;
  /** Initial device storage, e.g. `{ 'mq.elderMode': 'on' }`. */
  storage?: Record<string, unknown>;
  /** What the user picks from an action sheet: an index into its items, or null to cancel (the default). */
  actionSheet?: (items: string[]) => number | null;
  /** The user agreed to the privacy guide before (WeChat then never asks). */
  privacyAgreed?: boolean;
}

/** WeChat's privacy agreement, as the harness plays it (privacyApis). */
export interface PrivacyLog {
  agreed: boolean;
  /** What the app registered with wx.onNeedPrivacyAuthorization. */
  listener: ((resolve: (option: Record<string, unknown>) => void, info: { referrer: string }) => void) | null;
  /** Every answer the app gave to a pending request. */
  answers: Record<string, unknown>[];
  /** Ids of agree buttons whose agreeprivacyauthorization event was dispatched (by the test's tap). */
  agreeTaps: string[];
  contractOpened: number;
  /** Paths handed out by wx.chooseImage. */
  chosenImages: number;
}

/** What the page did to the host, for assertions. */
export interface WxLog {
  navigations: Navigation[];
  toasts: Record<string, unknown>[];
  cloudInit: Record<string, unknown>[];
  storage: Map<string, unknown>;
  /** The items of every action sheet the page opened. */
  actionSheets: string[][];
  /** How often the page ended a pull-down refresh (wx.stopPullDownRefresh). */
  pullDownStops: number;
  /** Where the page asked WeChat to scroll (wx.pageScrollTo's options). */
  scrolls: Record<string, unknown>[];
  /** The 我的 tab's badge as the app last set it: its text, or null once removed. */
  tabBarBadges: { index: number; text: string | null }[];
  /**
   * Every subscribe-message consent the app asked for (wx.requestSubscribeMessage), and whether
   * it came while a tap was being dispatched: WeChat refuses it anywhere else.
   */
  consentAsks: { tmplIds: string[]; duringTap: boolean }[];
  /** True while the event of `MiniPage.tap` is being delivered. */
  tapping: boolean;
  privacy: PrivacyLog;
  /** URLs the app downloaded (wx.downloadFile), and what it opened in WeChat's document viewer. */
  downloads: string[];
  openedDocuments: Record<string, unknown>[];
  /** Files the app put in cloud storage (wx.cloud.uploadFile): where, and from which temp path. */
  uploads: { cloudPath: string; filePath: string }[];
  /** `wx` members the app read that the harness does not provide: add them here, never ignore. */
  missingApis: () => string[];
}
