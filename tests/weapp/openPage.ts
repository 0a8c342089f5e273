/**
 * Opening a page of the real build in miniprogram-simulate, as WeChat does: the host globals
 * (`wx`, `App`, `getApp`, `Page` mapped onto `Component`, `getCurrentPages`) installed afresh, the
 * app launched, the page mounted with its lifecycles and, on a tab page, the app's custom tab bar.
 * What a test then does with the page is miniPage.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FakeBackend } from './fakeBackend';
import { createWx } from './fakeWx';
import type { WxLog, WxOptions } from './fakeWxLog';
import { MiniPage } from './miniPage';
import type { Lifecycle, Simulate, SimRoot } from './simTree';
import { assertWeappBuilt, DIST_DIR } from './weappBuild';

function assertDom(): void {
  if (typeof document === 'undefined') {
    throw new Error('miniprogram-simulate needs a DOM: start the test file with /** @jest-environment jsdom */');
  }
}

interface AppObject {
  onLaunch?: Lifecycle;
  onShow?: Lifecycle;
}

/**
 * WeChat's `Page()` takes lifecycles and handlers at the top level; `Component()` wants them under
 * `methods`. Taro's page object is plain data + functions, so moving every function is enough.
 */
function pageAsComponent(config: Record<string, unknown>): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    (typeof value === 'function' ? methods : rest)[key] = value;
  }
  return { ...rest, methods: { ...(rest.methods as object | undefined), ...methods } };
}

export interface OpenPageOptions extends WxOptions {
  backend: FakeBackend;
  /** Page query, as `onLoad(query)` receives it. */
  query?: Record<string, string>;
  distDir?: string;
}

// jest.resetModules() does not forget globals: these are the ones the harness installs.
const HOST_GLOBALS = ['wx', 'App', 'getApp', 'Page', 'getCurrentPages'] as const;

/**
 * Launches the built app and opens one page, as WeChat does: app.js (which loads runtime, taro,
 * vendors and common), App onLaunch/onShow, then the page's onLoad/onShow/onReady. Each call starts
 * from fresh modules, so the built js runs again with this test's `wx`.
 */
export function openPage(route: string, options: OpenPageOptions): MiniPage {
  const distDir = options.distDir ?? DIST_DIR;
  assertWeappBuilt(distDir);
  assertDom();
  jest.resetModules();
  // Required after the reset: simulate installs a fresh global `Component` bound to a fresh registry.
  const simulate = require('miniprogram-simulate') as Simulate;
  const pages: unknown[] = [];
  const log = newLog(options.storage, options.privacyAgreed);
  const wx = createWx(options.backend, options, log, () => pages.length);
  launchApp(distDir, route, options.query ?? {}, installHost(wx, pages));
  return mountPage({ simulate, distDir, pages, backend: options.backend, log }, route, options.query ?? {});
}

/** One launch of the app: what every page opened in it shares. */
interface Launch {
  simulate: Simulate;
  distDir: string;
  pages: unknown[];
  backend: FakeBackend;
  log: WxLog;
}

function newLog(storage: Record<string, unknown> = {}, privacyAgreed = false): WxLog {
  return {
    privacy: { agreed: privacyAgreed, listener: null, answers: [], agreeTaps: [], contractOpened: 0, chosenImages: 0 },
    navigations: [],
    toasts: [],
    cloudInit: [],
    storage: new Map(Object.entries(storage)),
    actionSheets: [],
    pullDownStops: 0,
    scrolls: [],
    tabBarBadges: [],
    consentAsks: [],
    tapping: false,
    downloads: [],
    uploads: [],
    openedDocuments: [],
    missingApis: () => [],
  };
}

function launchApp(distDir: string, route: string, query: Record<string, string>, app: { current: AppObject | null }) {
  require(path.join(distDir, 'app.js'));
  const launch = { path: route, query, scene: 1001, referrerInfo: {} };
  app.current?.onLaunch?.call(app.current, launch);
  app.current?.onShow?.call(app.current, launch);
}

function mountPage(launch: Launch, route: string, query: Record<string, string>): MiniPage {
  const { simulate, distDir, pages } = launch;
  const root = simulate.render(simulate.load(path.join(distDir, route), { rootPath: distDir }));
  root.attach(document.createElement('page-container'));
  const instance = root.instance as Record<string, unknown> & Record<'onLoad' | 'onShow' | 'onReady', Lifecycle>;
  // Taro names the page after `route`, as WeChat sets it on a real page instance.
  instance.route = route;
  instance.__route__ = route;
  // Made with the page, before it shows, as WeChat does; the page reaches it by getTabBar().
  const tabBar = customTabBar(launch, route);
  if (tabBar) instance.getTabBar = () => tabBar.instance;
  pages.push(instance);
  instance.onLoad.call(instance, { ...query });
  instance.onShow.call(instance);
  instance.onReady.call(instance);
  const bar = tabBar ? new MiniPage(tabBar, launch.backend, launch.log) : null;
  return new MiniPage(root, launch.backend, launch.log, bar, (next, nextQuery) => mountPage(launch, next, nextQuery));
}

/**
 * WeChat lays the app's own tab bar (app.json `tabBar.custom`, the component `custom-tab-bar/index`)
 * over every tab page, one per page; null on other pages or with WeChat's native tab bar.
 */
function customTabBar({ simulate, distDir }: Launch, route: string): SimRoot | null {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    tabBar?: { custom?: boolean; list: Array<{ pagePath: string }> };
  };
  if (!app.tabBar?.custom || !app.tabBar.list.some((tab) => tab.pagePath === route)) return null;
  const bar = simulate.render(simulate.load(path.join(distDir, 'custom-tab-bar/index'), { rootPath: distDir }));
  bar.attach(document.createElement('tab-bar-container'));
  return bar;
}

function installHost(wx: unknown, pages: unknown[]): { current: AppObject | null } {
  const host = globalThis as Record<string, unknown>;
  const app: { current: AppObject | null } = { current: null };
  for (const key of HOST_GLOBALS) delete host[key];
  host.wx = wx;
  host.App = (config: AppObject) => {
    app.current = config;
  };
  host.getApp = () => app.current;
  host.getCurrentPages = () => pages;
  host.Page = (config: Record<string, unknown>) => (host.Component as (c: unknown) => void)(pageAsComponent(config));
  return app;
}
