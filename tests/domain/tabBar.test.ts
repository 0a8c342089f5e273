import { routes, tabIconPath, tabIndexOf, tabItems } from '@domain/routes';
import fs from 'node:fs';
import path from 'node:path';

describe('the tab bar list', () => {
  test('is the route table’s tabs, in its order', () => {
    const tabRoutes = Object.values(routes).filter((route) => route.tab);
    expect(tabItems.map((tab) => tab.path)).toEqual(tabRoutes.map((route) => route.path));
    expect(tabItems.map((tab) => routes[tab.name].path)).toEqual(tabItems.map((tab) => tab.path));
  });

  test('finds the tab of a page path however it is written; -1 for a page that is no tab', () => {
    expect(tabIndexOf('/pages/mine/index')).toBe(3);
    expect(tabIndexOf('pages/matters/index?stamp=1')).toBe(1);
    expect(tabIndexOf(routes.messages.path)).toBe(-1);
  });

  test('every icon it names exists', () => {
    for (const tab of tabItems) {
      for (const selected of [false, true]) {
        expect(fs.existsSync(path.join(__dirname, '../../src', tabIconPath(tab, selected)))).toBe(true);
      }
    }
  });
});
