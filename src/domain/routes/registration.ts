import type { Route } from './table';

const SUBPACKAGE = /^(packages\/[^/]+)\/(.+)$/;

/**
 * The `pages` and `subPackages` of app.config.ts from the route table: main-package pages in
 * table order (the first is the launch page), each `packages/<name>/...` page in its subpackage.
 */
export function appPages(all: readonly Route[], platform: string | undefined) {
  const built = all.filter((route) => !route.h5Only || platform === 'h5');
  const pages: string[] = [];
  const subPackages: { root: string; pages: string[] }[] = [];
  for (const { path } of built) {
    const sub = SUBPACKAGE.exec(path);
    if (!sub) {
      pages.push(path);
      continue;
    }
    const [, root, page] = sub;
    const known = subPackages.find((p) => p.root === root);
    if (known) known.pages.push(page);
    else subPackages.push({ root, pages: [page] });
  }
  return { pages, subPackages };
}

export interface PreloadRule {
  [pagePath: string]: { network: 'all' | 'wifi'; packages: string[] };
}

/**
 * The `preloadRule` of app.config.ts: entering any tab page downloads the given subpackages (by
 * root) on any network. A root that no page of the table lives under is a mistake, not a no-op.
 */
export function tabPreloadRule(all: readonly Route[], packages: readonly string[]): PreloadRule {
  const roots = new Set(all.map(({ path }) => SUBPACKAGE.exec(path)?.[1]));
  const unknown = packages.filter((root) => !roots.has(root));
  if (unknown.length > 0) throw new Error(`preloadRule: no page of the route table lives under ${unknown.join(', ')}`);
  const tabs = all.filter((route) => route.tab);
  return Object.fromEntries(tabs.map(({ path }) => [path, { network: 'all', packages: [...packages] }]));
}
