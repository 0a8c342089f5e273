/**
 * A page of the real build as the test sees it (MiniPage): finding and reading its nodes, tapping
 * them as WeChat delivers taps, its lifecycle events (reach bottom, pull down, unload), waiting
 * for what it renders, and the problems seen so far. Opening pages is openPage.ts.
 */
import { untilQuiet } from '../support/settle';
import type { FakeBackend } from './fakeBackend';
import type { WxLog } from './fakeWxLog';
import { classesOf, findIn, unprefixed, type Lifecycle, type SimNode, type SimRoot } from './simTree';

/** Opens another page in the same launch as this one (openPage.ts gives it to each page it mounts). */
export type OpenAlso = (route: string, query: Record<string, string>) => MiniPage;

const WAIT_MS = 3000;
const POLL_MS = 10;

export class MiniPage {
  constructor(
    readonly root: SimRoot,
    readonly backend: FakeBackend,
    readonly wx: WxLog,
    /** The tab page's own tab bar (custom-tab-bar), as a page of its own to query and tap. */
    readonly tabBar: MiniPage | null = null,
    private readonly openNext: OpenAlso | null = null,
  ) {}

  /**
   * The user goes on to another page in the same launch (a navigation, a tab switch): the same
   * modules, backend and `wx`, so what the app keeps for the whole launch (the unread count) is
   * shared. This page stays open, as a tab page stays alive behind the next one.
   */
  openAlso(route: string, query: Record<string, string> = {}): MiniPage {
    if (!this.openNext) throw new Error('openAlso: this is not a page of a launch');
    return this.openNext(route, query);
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
