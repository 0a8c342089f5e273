/**
 * miniprogram-simulate (j-component over exparser), typed for the parts the harness uses, and how
 * a node is found and read in its rendered tree: by id also inside Taro's nested `comp`
 * components, and classes without exparser's owner prefix. Kept apart from MiniPage (what a test
 * does with a page) because it is about j-component's internals, pinned to its version.
 */

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

export interface SimRoot extends SimNode {
  attach(parent: Node): void;
  detach(): void;
}

export interface Simulate {
  load(componentPath: string, options?: { rootPath?: string; compiler?: 'official' | 'simulate' }): string;
  render(id: string, properties?: Record<string, unknown>): SimRoot;
}

export type Lifecycle = (this: unknown, ...args: unknown[]) => unknown;

/**
 * exparser prefixes every class with the owning component's tag: `main` for the page (the tag
 * simulate.load gives it) and `comp` for Taro's nested custom component.
 */
export function unprefixed(className: string): string {
  return className.replace(/^(main|comp)--/, '');
}

export function classesOf(node: SimNode): string[] {
  return node.dom ? [...node.dom.classList].map(unprefixed) : [];
}

/** The exparser tree behind a j-component wrapper (internal to j-component 1.4, pinned here). */
interface ExparserNode {
  id?: string;
  childNodes?: ExparserNode[];
  shadowRoot?: ExparserNode | null;
  __componentNode__?: SimNode;
}

export function findIn(root: SimRoot, selector: string): SimNode | undefined {
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
