/**
 * Runs the REAL weapp build (dist/weapp) inside miniprogram-simulate: WeChat's own WXML
 * compiler (wcc) renders Taro's base.wxml templates, exparser builds the component tree, and the
 * built app.js / page js run unchanged. Only the host is faked here: `wx`, `App`, `getApp`,
 * `Page` (mapped onto `Component`), `getCurrentPages`, and the cloud backend behind
 * `wx.cloud.callFunction`, which the test controls.
 *
 * Test files need `@jest-environment jsdom` (j-component renders into a DOM).
 */
import fs from 'node:fs';
import path from 'node:path';
import { untilQuiet } from '../support/settle';
import { FakeBackend } from './fakeBackend';
import { createWx, type WxLog, type WxOptions } from './fakeWx';

export { FakeBackend, failure, ok } from './fakeBackend';
export type { ActionHandler, CloudCall, Envelope, FieldIssue } from './fakeBackend';
export { askPrivacy, createWx } from './fakeWx';
export type { Navigation, NavigationApi, PrivacyLog, WxLog, WxOptions } from './fakeWx';

/** The build under test; WEAPP_DIST_DIR points the tests at another build output. */
export const DIST_DIR = path.resolve(process.env.WEAPP_DIST_DIR ?? path.join(__dirname, '../../dist/weapp'));

/** The tests read the build output; they must say plainly how to make it. */
export function assertWeappBuilt(distDir = DIST_DIR): void {
  for (const file of ['app.js', 'app.json', 'runtime.js', 'base.wxml']) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(`${path.join(distDir, file)} is missing: run npm run build:weapp first`);
    }
  }
}

/** A page's built `index.json` (its window settings, e.g. `enablePullDownRefresh`). */
export function pageJson(route: string, distDir = DIST_DIR): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(distDir, `${route}.json`), 'utf8')) as Record<string, unknown>;
}

function assertDom(): void {
  if (typeof document === 'undefined') {
    throw new Error('miniprogram-simulate needs a DOM: start the test file with /** @jest-environment jsdom */');
  }
}

// ---------------------------------------------------------------------------------------------
// miniprogram-simulate, typed for the parts used here
// ---------------------------------------------------------------------------------------------

interface ComponentJson {
  tagName: string;
  attrs: Array<{ name: string; value: unknown }>;
}

/** A node of the rendered tree (j-component's Component wrapper). */
export interface SimNode {
  readonly dom: HTMLElement | undefined;
  readonly instance: unknown;
  querySelector(selector: string): SimNode | undefined;
  querySelectorAll(selector: string): SimNode[];
  dispatchEvent(eventName: string, options?: { detail?: unknown }): void;
  toJSON(): ComponentJson;
}

interface SimRoot extends SimNode {
  attach(parent: Node): void;
  detach(): void;
}

interface Simulate {
  load(componentPath: string, options?: { rootPath?: string; compiler?: 'official' | 'simulate' }): string;
  render(id: string, properties?: Record<string, unknown>): SimRoot;
}

type Lifecycle = (this: unknown, ...args: unknown[]) => unknown;

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

// ---------------------------------------------------------------------------------------------
// Opening a page
// ---------------------------------------------------------------------------------------------

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
  return new MiniPage(root, launch.backend, launch.log, bar, launch);
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

// ---------------------------------------------------------------------------------------------
// The rendered page
// ---------------------------------------------------------------------------------------------

const WAIT_MS = 3000;
const POLL_MS = 10;

/**
 * exparser prefixes every class with the owning component's tag: `main` for the page (the tag
 * simulate.load gives it) and `comp` for Taro's nested custom component.
 */
function unprefixed(className: string): string {
  return className.replace(/^(main|comp)--/, '');
}

export class MiniPage {
  constructor(
    readonly root: SimRoot,
    readonly backend: FakeBackend,
    readonly wx: WxLog,
    /** The tab page's own tab bar (custom-tab-bar), as a page of its own to query and tap. */
    readonly tabBar: MiniPage | null = null,
    private readonly launch: Launch | null = null,
  ) {}

  /**
   * The user goes on to another page in the same launch (a navigation, a tab switch): the same
   * modules, backend and `wx`, so what the app keeps for the whole launch (the unread count) is
   * shared. This page stays open, as a tab page stays alive behind the next one.
   */
  openAlso(route: string, query: Record<string, string> = {}): MiniPage {
    if (!this.launch) throw new Error('openAlso: this is not a page of a launch');
    return mountPage(this.launch, route, query);
  }

  /**
   * The node with this id (`id` prop in the page source), looking inside Taro's nested `comp`
   * components too: past 15 levels Taro continues the tree in a custom component, whose shadow
   * tree `querySelector` does not enter.
   */
  find(id: string): SimNode | undefined {
    return findIn(this.root, `#${id}`);
  }

  /**
   * The first node matching an exparser selector (`.mq-state__action`; classes without the
   * `main--` prefix). Unlike `find`, it does not enter Taro's nested `comp` components.
   */
  select(selector: string): SimNode {
    const node = this.root.querySelector(selector);
    if (!node) throw new Error(`${selector} is not rendered. Page text: ${this.text()}`);
    return node;
  }

  get(id: string): SimNode {
    const node = this.find(id);
    if (!node) throw new Error(`#${id} is not rendered. Page text: ${this.text()}`);
    return node;
  }

  /** Text content of a node, or of the whole page. */
  text(id?: string): string {
    const dom = id ? this.get(id).dom : this.root.dom;
    return (dom?.textContent ?? '').trim();
  }

  classes(id: string): string[] {
    return classesOf(this.get(id));
  }

  /**
   * Texts of the elements inside #id that carry `className` (written without the `main--`
   * prefix), in document order: the parts of a card that have no id of their own.
   */
  textsOf(id: string, className: string): string[] {
    const elements = [...(this.get(id).dom?.querySelectorAll('*') ?? [])];
    return elements
      .filter((element) => [...element.classList].some((name) => unprefixed(name) === className))
      .map((element) => (element.textContent ?? '').trim());
  }

  /** Classes of the screen root (the first element the page renders). */
  screenClasses(): string[] {
    const first = this.root.dom?.firstElementChild;
    return first ? [...first.classList].map(unprefixed) : [];
  }

  /** A WXML attribute as rendered, e.g. an input's `value`. */
  attr(id: string, name: string): unknown {
    return this.get(id)
      .toJSON()
      .attrs.find((attr) => attr.name === name)?.value;
  }

  /** The rendered value of a native `<input>` (NutUI's Input passes its id to it). */
  inputValue(id: string): unknown {
    const node = this.get(id);
    const json = node.toJSON();
    if (json.tagName !== 'wx-input') throw new Error(`#${id} is a ${json.tagName}, not an input`);
    return json.attrs.find((attr) => attr.name === 'value')?.value;
  }

  tap(id: string): void {
    this.tapNode(this.get(id));
  }

  tapNode(node: SimNode): void {
    // j-component delivers the event in a microtask of its own ("模拟异步情况"); the tap lasts
    // until that one has run, so what its handlers do after an await no longer counts as in it.
    this.wx.tapping = true;
    node.dispatchEvent('tap', { detail: { x: 0, y: 0 } });
    void Promise.resolve().then(() => {
      this.wx.tapping = false;
    });
  }

  /**
   * The user taps an agree button of the privacy sheet: WeChat delivers the tap and, for a button
   * with open-type agreePrivacyAuthorization only, records the agreement and fires
   * agreeprivacyauthorization (bindagreeprivacyauthorization).
   */
  agreePrivacy(id: string): void {
    const node = this.get(id);
    const openType = node.toJSON().attrs.find((attr) => attr.name === 'openType')?.value;
    if (openType !== 'agreePrivacyAuthorization')
      throw new Error(`#${id} is not an agree button (${String(openType)})`);
    this.wx.privacy.agreeTaps.push(id);
    this.tapNode(node);
    node.dispatchEvent('agreeprivacyauthorization', { detail: {} });
  }

  /** The user scrolled to the end of the page: WeChat calls the page's onReachBottom. */
  reachBottom(): void {
    const instance = this.root.instance as { onReachBottom?: Lifecycle };
    if (!instance.onReachBottom) throw new Error('the page has no onReachBottom handler');
    instance.onReachBottom.call(instance);
  }

  /** The user pulled the page down: WeChat calls the page's onPullDownRefresh. */
  pullDownRefresh(): void {
    const instance = this.root.instance as { onPullDownRefresh?: Lifecycle };
    if (!instance.onPullDownRefresh) throw new Error('the page has no onPullDownRefresh handler');
    instance.onPullDownRefresh.call(instance);
  }

  /**
   * Polls until `check` returns something truthy; fails with the page text to show why. The wait is
   * measured on performance.now(), which keeps running while a test holds Date.now() still.
   */
  async waitFor<T>(check: () => T, what: string, timeoutMs = WAIT_MS): Promise<NonNullable<T>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value as NonNullable<T>;
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}. Page text: ${this.text()}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Lets the page finish what it started, before asserting that something did not happen (support/settle.ts). */
  settle(): Promise<void> {
    return untilQuiet(
      () => ({ made: this.backend.calls.length, pending: this.backend.pending }),
      () => `page text: ${this.text()}`,
    );
  }

  waitForId(id: string): Promise<SimNode> {
    return this.waitFor(() => this.find(id), `#${id}`);
  }

  /** Contract violations and missing `wx` members seen so far; a healthy run has none. */
  problems(): string[] {
    return [
      ...this.backend.violations,
      ...this.wx.missingApis().map((key) => `wx.${key} is not provided by the harness`),
    ];
  }

  html(): string {
    return this.root.dom?.outerHTML ?? '';
  }

  /** Unloads the page (Taro unmounts its React tree) and detaches it from the DOM. */
  close(): void {
    const instance = this.root.instance as { onUnload?: Lifecycle };
    instance.onUnload?.call(instance);
    this.root.detach();
    this.tabBar?.close();
  }
}

function classesOf(node: SimNode): string[] {
  return node.dom ? [...node.dom.classList].map(unprefixed) : [];
}

/** The exparser tree behind a j-component wrapper (internal to j-component 1.4, pinned here). */
interface ExparserNode {
  id?: string;
  childNodes?: ExparserNode[];
  shadowRoot?: ExparserNode | null;
  __componentNode__?: SimNode;
}

function findIn(root: SimRoot, selector: string): SimNode | undefined {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  // Deeper than Taro's 15 template levels the tree continues inside a `comp` custom component,
  // whose shadow tree querySelector does not enter; its tag is a generated id, so no selector
  // reaches it. Walk the exparser tree instead and wrap the match as j-component would.
  const start = (root as unknown as { _exparserNode: ExparserNode })._exparserNode;
  const match = findExparser(start, selector.replace(/^#/, ''));
  if (!match) return undefined;
  const Wrapper = Object.getPrototypeOf(root.constructor) as new (node: ExparserNode) => SimNode;
  return match.__componentNode__ ?? new Wrapper(match);
}

function findExparser(node: ExparserNode, id: string): ExparserNode | undefined {
  if (node.id === id) return node;
  const next = [...(node.shadowRoot ? [node.shadowRoot] : []), ...(node.childNodes ?? [])];
  for (const child of next) {
    const found = findExparser(child, id);
    if (found) return found;
  }
  return undefined;
}
