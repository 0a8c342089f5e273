import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { networkError } from '../../src/api/apiError';
import { noteCallAnswered, OFFLINE_MESSAGE } from '../../src/api/reachability';
import MattersPage from '../../src/pages/matters/index';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { pageHooks } from './mattersTaroMock';
import { renderPage, type Backend } from './render';
import { appears, click } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());
// The h5 check of the host (jest resolves the weapp file of a per-platform pair).
jest.mock('../../src/api/hostReachable', () => require('../../src/api/hostReachable.h5'));

/** The h5 check of the host (HEAD /): answered while the host is up, a TypeError while it is down. */
const hostCheck = jest.fn();

beforeEach(() => {
  resetTaroMock();
  noteCallAnswered(true);
  hostCheck.mockReset();
  Object.assign(globalThis, { fetch: hostCheck });
});
afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

/** The real services behind a line that can be cut. */
function cuttable(backend: Backend) {
  const line = { up: true };
  const through: Backend = (fn, event) => {
    if (!line.up) throw networkError(new TypeError('Failed to fetch'));
    return backend(fn, event);
  };
  return { line, through };
}

describe('offline, a tap says so and stays (jsdom, real services over SQLite)', () => {
  it('after a call went unanswered, tapping a matter toasts 网络不可用 and does not navigate; back online it opens', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    const { line, through } = cuttable(server.as('u-resident-zhang'));
    renderPage(<MattersPage />, through);
    await appears(`#matter-card-${parking}`);

    // The host goes down; pulling down to refresh gets no answer.
    line.up = false;
    hostCheck.mockRejectedValue(new TypeError('Failed to fetch'));
    await pageHooks.pullDown?.();
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled(), { timeout: 5000 });

    click(`#matter-card-${parking}`);
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: OFFLINE_MESSAGE, icon: 'none' })),
    );
    expect(hostCheck).toHaveBeenCalledWith('/', expect.objectContaining({ method: 'HEAD', cache: 'no-store' }));
    expect(Taro.navigateTo).not.toHaveBeenCalled();

    // The host is back: the same tap opens the matter.
    line.up = true;
    hostCheck.mockResolvedValue({ ok: true, status: 200 });
    click(`#matter-card-${parking}`);
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${parking}` }),
    );
    expect(Taro.showToast).toHaveBeenCalledTimes(1);
  });

  it('while calls are answered, a tap navigates at once without asking the host first', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    renderPage(<MattersPage />, server.as('u-resident-zhang'));
    await appears(`#matter-card-${parking}`);
    click(`#matter-card-${parking}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${parking}` });
    expect(hostCheck).not.toHaveBeenCalled();
  });

  it('a navigation that fails anyway (a page that cannot load) toasts the same and stays', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    renderPage(<MattersPage />, server.as('u-resident-zhang'));
    await appears(`#matter-card-${parking}`);
    (Taro.navigateTo as jest.Mock).mockRejectedValueOnce({ errMsg: 'navigateTo:fail loadSubpackage' });
    click(`#matter-card-${parking}`);
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: OFFLINE_MESSAGE })),
    );
  });
});
