import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appPages, preloadedFromTabs, routes, tabPreloadRule, type Route } from '@domain/routes';

const root = path.resolve(__dirname, '../..');
const src = path.join(root, 'src');

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  preloadRule: Record<string, { network: string; packages: string[] }>;
  tabBar: { list: { pagePath: string }[] };
}

/** src/app.config.ts as Taro evaluates it for one platform. */
function appConfig(platform: 'weapp' | 'h5'): AppConfig {
  const saved = process.env.TARO_ENV;
  process.env.TARO_ENV = platform;
  (globalThis as { defineAppConfig?: unknown }).defineAppConfig = (config: AppConfig) => config;
  try {
    let config: AppConfig | undefined;
    jest.isolateModules(() => {
      config = require('../../src/app.config').default;
    });
    return config!;
  } finally {
    process.env.TARO_ENV = saved;
  }
}

/** Every page path an app config registers, subpackage pages under their root. */
function registered(config: AppConfig): string[] {
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const table = Object.entries(routes) as [string, Route][];

describe('the route table and app.config.ts', () => {
  it.each(['weapp', 'h5'] as const)('%s registers exactly the pages of the table', (platform) => {
    const config = appConfig(platform);
    const expected = table.filter(([, r]) => !r.h5Only || platform === 'h5').map(([, r]) => r.path);
    expect(registered(config)).toEqual(expected);
    expect(config).toMatchObject(appPages(Object.values(routes), platform));
  });

  it('leaves the dev-login page out of the weapp (WeChat signs users in itself)', () => {
    expect(registered(appConfig('weapp'))).not.toContain(routes.devLogin.path);
    expect(registered(appConfig('h5'))).toContain(routes.devLogin.path);
  });

  it('makes the tab routes the tab bar, in order, all in the main package', () => {
    const tabs = table.filter(([, r]) => r.tab).map(([, r]) => r.path);
    expect(appConfig('weapp').tabBar.list.map((t) => t.pagePath)).toEqual(tabs);
    expect(tabs.every((p) => p.startsWith('pages/'))).toBe(true);
    for (const [, route] of table.filter(([, r]) => r.tab)) expect(Object.keys(route.params)).toEqual([]);
  });

  it('keeps only the tabs in the weapp main package; every other page is in a subpackage', () => {
    const tabs = table.filter(([, r]) => r.tab).map(([, r]) => r.path);
    expect(appConfig('weapp').pages).toEqual(tabs);
  });

  it('has every tab preload the resident subpackage on any network, and no staff package', () => {
    const tabs = table.filter(([, r]) => r.tab).map(([, r]) => r.path);
    const { preloadRule } = appConfig('weapp');
    expect(Object.keys(preloadRule)).toEqual(tabs);
    for (const rule of Object.values(preloadRule))
      expect(rule).toEqual({ network: 'all', packages: ['packages/resident'] });
    expect(preloadRule).toEqual(tabPreloadRule(Object.values(routes), preloadedFromTabs));
    const residentPages = table.filter(([, r]) => r.path.startsWith('packages/resident/')).map(([name]) => name);
    expect(residentPages.sort()).toEqual([
      'account',
      'matter',
      'messages',
      'myMatters',
      'myVisits',
      'newMatter',
      'openData',
      'privacy',
      'profile',
      'visitDay',
    ]);
  });

  it('refuses to preload a subpackage the route table does not have', () => {
    expect(() => tabPreloadRule(Object.values(routes), ['packages/residents'])).toThrow('packages/residents');
  });

  it.each(table)('%s has its page component and page config', (_name, route) => {
    expect(existsSync(path.join(src, `${route.path}.tsx`))).toBe(true);
    expect(existsSync(path.join(src, `${route.path}.config.ts`))).toBe(true);
  });

  it('can reach every page: a tab, or linked from another page, a component or a notification', () => {
    const linked = new Set<string>();
    for (const file of sourceFiles(src)) {
      if (file.startsWith(path.join(src, 'domain', 'routes')) || file === path.join(src, 'app.config.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/\broutes\.(\w+)/g)) {
        const route = (routes as Record<string, Route>)[match[1]];
        // A page reading its own params is no way in.
        if (route && !file.startsWith(path.join(src, path.dirname(route.path)) + path.sep)) linked.add(match[1]);
      }
    }
    const unreachable = table.filter(([name, route]) => !route.tab && !linked.has(name)).map(([name]) => name);
    expect(unreachable).toEqual([]);
  });

  it('has no page folder that the table does not know', () => {
    const pageFiles = sourceFiles(src)
      .filter((file) => /[\\/](pages|packages)[\\/].+[\\/]index\.tsx$/.test(file))
      .map((file) =>
        path
          .relative(src, file)
          .replace(/\\/g, '/')
          .replace(/\.tsx$/, ''),
      );
    expect(pageFiles.sort()).toEqual(table.map(([, r]) => r.path).sort());
  });
});
