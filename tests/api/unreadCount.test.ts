import { setTransport } from '../../src/api/client';
import { refreshUnreadCount, unreadMayHaveChanged, UNREAD_FRESH_MS } from '../../src/api/unreadCount';

/** The 我的 badge costs a round trip only when the count may have changed. */
describe('the unread count', () => {
  let asked = 0;
  let release: () => void = () => undefined;
  beforeEach(() => {
    asked = 0;
    unreadMayHaveChanged();
    setTransport(async (_fn, event) => {
      asked += 1;
      if (event.action !== 'unreadCount') throw new Error(`unexpected ${event.action}`);
      await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, data: { unread: 3 } };
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks once for two asks at the same moment (a launch: the first show and the sign-in)', async () => {
    const first = refreshUnreadCount({ unlessNewerThan: UNREAD_FRESH_MS });
    const second = refreshUnreadCount({ unlessNewerThan: UNREAD_FRESH_MS });
    await Promise.resolve();
    release();
    expect(await Promise.all([first, second])).toEqual([3, 3]);
    expect(asked).toBe(1);
  });

  it('answers from what it knows within the minute, and asks again after it or after a change', async () => {
    const ask = () => refreshUnreadCount({ unlessNewerThan: UNREAD_FRESH_MS });
    const first = ask();
    await Promise.resolve();
    release();
    await first;
    expect(await ask()).toBe(3);
    expect(asked).toBe(1);

    unreadMayHaveChanged();
    const afterChange = ask();
    await Promise.resolve();
    release();
    await afterChange;
    expect(asked).toBe(2);

    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + UNREAD_FRESH_MS);
    const later = ask();
    await Promise.resolve();
    release();
    await later;
    expect(asked).toBe(3);
  });
});
