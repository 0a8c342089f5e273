/** @jest-environment jsdom */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoData, signedInBackend, userView } from './fixtures';
import { assertWeappBuilt, FakeBackend, ok, openPage } from './harness';

// The harness itself: if these fail, the page tests cannot be trusted either way.
describe('weapp test harness', () => {
  test('says how to build when there is no build output', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-weapp-'));
    try {
      expect(() => assertWeappBuilt(empty)).toThrow('run npm run build:weapp first');
      expect(() => openPage('pages/mine/index', { backend: new FakeBackend(), distDir: empty })).toThrow(
        'run npm run build:weapp first',
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test('finds nodes past the 15 template levels, inside Taro nested comp components', async () => {
    const data = await demoData();
    const page = openPage('pages/matters/index', { backend: signedInBackend(data, userView(data, 'u-resident-li')) });
    // A 25-level chain of plain views (Taro node name '3'), set as Taro itself would.
    const chain = (level: number): object => ({
      nn: '3',
      sid: `_deep${level}`,
      uid: `deep-${level}`,
      cl: `deep deep-${level}`,
      cn: level < 24 ? [chain(level + 1)] : [],
    });
    (page.root.instance as { setData(data: object): void }).setData({ root: { cn: [chain(0)] } });

    expect(page.root.querySelector('#deep-20')).toBeUndefined();
    expect(page.find('deep-20')).toBeDefined();
    expect(page.classes('deep-20')).toEqual(['deep', 'deep-20']);
    expect(page.find('deep-25')).toBeUndefined();
    page.close();
  });

  test('settles only once every call the page started, a few turns later too, has been answered', async () => {
    const data = await demoData();
    let answered = false;
    const backend = signedInBackend(data, userView(data, 'u-resident-li')).on('account', 'setPreferences', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      answered = true;
      return ok({ user: userView(data, 'u-resident-li') });
    });
    const page = openPage('pages/mine/index', { backend });
    await page.waitForId('elder-mode-on');
    // A call made five turns from now, whose answer takes a while: settle waits for both.
    const later = (turns: number): Promise<unknown> =>
      turns === 0
        ? backend.handle({
            name: 'account',
            data: { action: 'setPreferences', data: { elderMode: 'off' }, requestId: 'settle-test-0001' },
          })
        : new Promise((resolve) => setTimeout(() => resolve(later(turns - 1)), 0));
    void later(5);
    await page.settle();
    expect(backend.callsOf('account', 'setPreferences')).toHaveLength(1);
    expect(answered).toBe(true);
    page.close();
  });

  describe('fake backend', () => {
    test('answers in the CloudBase shape and records the call', async () => {
      const backend = new FakeBackend().reply('account', 'directory', {
        districts: [],
        streets: [],
        communities: [],
        grids: [],
        compounds: [],
        departments: [],
        propertyCompanies: [],
      });

      const answer = await backend.handle({ name: 'account', data: { action: 'directory', data: {} } });

      expect(answer.result).toEqual(
        ok({
          districts: [],
          streets: [],
          communities: [],
          grids: [],
          compounds: [],
          departments: [],
          propertyCompanies: [],
        }),
      );
      expect(backend.calls).toEqual([{ name: 'account', action: 'directory', data: {} }]);
      expect(backend.violations).toEqual([]);
    });

    test('reports a command sent without a request id', async () => {
      const backend = new FakeBackend().reply('account', 'setPreferences', {});

      const answer = await backend.handle({
        name: 'account',
        data: { action: 'setPreferences', data: { elderMode: 'on' } },
      });

      expect(answer.result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(backend.violations).toEqual(['account.setPreferences is a command but has no valid requestId']);
    });

    test('reports input and answers that break the contract, and actions nobody answers', async () => {
      const backend = new FakeBackend().reply('account', 'login', { user: { id: 'u1' }, isNew: false });

      await backend.handle({
        name: 'account',
        data: { action: 'setPreferences', data: { elderMode: 'big' }, requestId: 'req-00000001' },
      });
      await backend.handle({ name: 'account', data: { action: 'login', data: {}, requestId: 'req-00000002' } });
      await backend.handle({ name: 'account', data: { action: 'me', data: {} } });

      expect(backend.violations).toEqual([
        expect.stringContaining('account.setPreferences input'),
        expect.stringContaining('answer for account.login breaks the contract'),
        'no answer set for account.me',
      ]);
    });
  });
});
