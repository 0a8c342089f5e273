/** @jest-environment jsdom */
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { failure, FakeBackend, ok } from './harness';
import { routes } from '@domain/routes';

describe('a failed login (real weapp build)', () => {
  const pages = weappPageTests();

  function failingThenWorking(): FakeBackend {
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-resident-li'));
    let attempts = 0;
    return backend.on('account', 'login', () => {
      attempts += 1;
      if (attempts === 1) return failure('INTERNAL', '系统开小差了，请稍后再试');
      return ok({ user: userView(pages.data, 'u-resident-li'), isNew: false });
    });
  }

  test('shows the error view with the server message instead of the page', async () => {
    const backend = new FakeBackend()
      .fail('account', 'login', 'INTERNAL', '系统开小差了，请稍后再试')
      .reply('account', 'directory', pages.data.directory);
    const page = pages.open(routes.profile.path, { backend });
    const p = page;

    await p.waitForId('state-error');

    expect(p.text('state-error')).toContain('加载失败');
    expect(p.text('state-error')).toContain('系统开小差了，请稍后再试');
    expect(p.find('profile-form')).toBeUndefined();
  });

  test('重试 signs in again and shows the page', async () => {
    const page = pages.open('pages/mine/index', { backend: failingThenWorking() });
    const p = page;
    await p.waitForId('state-error');

    // The retry button has no id of its own: pick it by its class.
    p.tapNode(p.select('.mq-state__action'));
    await p.waitForId('mine-name');

    expect(p.text('mine-name')).toBe('李明');
    expect(p.find('state-error')).toBeUndefined();
    expect(p.backend.callsOf('account', 'login')).toHaveLength(2);
  });
});
