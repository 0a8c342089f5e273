import Taro from '@tarojs/taro';
import ModerationPage from '../../src/packages/committee/moderation/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';
import { $, appears } from './dom';

beforeEach(() => resetTaroMock());

/** Opens 说事审核 as the committee home's counts link to it. */
async function openWith(params: Record<string, string>) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/committee/moderation/index', params },
    page: {},
  });
  const { backend } = await realBackend('u-committee-chen');
  renderPage(<ModerationPage />, backend);
  await appears('#queue-tab-flagged-matter');
}

const active = (id: string) => $(`#queue-tab-${id}`).className.includes('cm-tabs__tab--active');

describe('说事审核 opened from the committee home (jsdom)', () => {
  it('opens on the queue the link asks for', async () => {
    await openWith({ queue: 'flaggedComments' });
    expect(active('flagged-comment')).toBe(true);
    expect(active('pending-matter')).toBe(false);
  });

  it('opens on the first queue without one, or with one it does not know', async () => {
    await openWith({ queue: 'everything' });
    expect(active('pending-matter')).toBe(true);
  });
});
