import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageBars, routes, type RouteName } from '@domain/routes';

const root = path.resolve(__dirname, '..', '..');
const names = Object.keys(routes) as RouteName[];

/** The title weapp's own bar shows: the page config's navigationBarTitleText. */
function configTitle(name: RouteName): string | undefined {
  const config = readFileSync(path.join(root, 'src', `${routes[name].path}.config.ts`), 'utf8');
  return /navigationBarTitleText:\s*'([^']+)'/.exec(config)?.[1];
}

describe('the h5 navigation bar of every page (pageBars)', () => {
  it.each(names)('%s: the same title as the page config (weapp shows the same words)', (name) => {
    expect(pageBars[name].title).toBe(configTitle(name));
  });

  it('tabs have no parent; every other page has one, reachable without parameters and not itself', () => {
    for (const name of names) {
      const { parent } = pageBars[name];
      if (routes[name].tab) {
        expect({ name, parent }).toEqual({ name, parent: undefined });
        continue;
      }
      expect({ name, parent: parent && parent !== name }).toEqual({ name, parent: true });
      const needed = Object.values(routes[parent!].params).filter((param) => param.needed);
      expect({ name, parent, needed }).toEqual({ name, parent, needed: [] });
    }
  });
});
