import fs from 'node:fs';
import path from 'node:path';
import { appPages, preloadedFromTabs, routes, tabPreloadRule } from '@domain/routes';
import { assertWeappBuilt, DIST_DIR } from './harness';

// The built app.json is what WeChat reads: it must register exactly the route table's pages.
describe('the built weapp app.json', () => {
  assertWeappBuilt();
  const appJson = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
    subpackages?: { root: string; pages: string[] }[];
    tabBar: { list: { pagePath: string }[] };
    preloadRule?: Record<string, { network: string; packages: string[] }>;
  };
  const expected = appPages(Object.values(routes), 'weapp');

  test('registers the pages and subpackages of the route table', () => {
    expect(appJson.pages).toEqual(expected.pages);
    expect(appJson.subPackages ?? appJson.subpackages).toEqual(expected.subPackages);
  });

  test('has the tab pages preload the resident subpackage, as the route table says', () => {
    expect(appJson.preloadRule).toEqual(tabPreloadRule(Object.values(routes), preloadedFromTabs));
    expect(Object.keys(appJson.preloadRule ?? {})).toEqual(appJson.tabBar.list.map((t) => t.pagePath));
  });

  test('has the tab routes as its tab bar', () => {
    const tabs = Object.values(routes).filter((r) => r.tab);
    expect(appJson.tabBar.list.map((t) => t.pagePath)).toEqual(tabs.map((r) => r.path));
  });

  test('carries every page of the table in its output', () => {
    const built = Object.values(routes).filter((r) => !r.h5Only);
    for (const route of built) expect(fs.existsSync(path.join(DIST_DIR, `${route.path}.js`))).toBe(true);
  });
});
