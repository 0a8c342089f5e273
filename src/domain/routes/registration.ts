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
