import { fireEvent, screen, waitFor } from '@testing-library/react';
import HomePage from '../../src/pages/index/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

describe('home page (jsdom)', () => {
  it('greets a resident by name with the full community path and the next three visit days', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<HomePage />, backend);
    expect(await screen.findByText('张桂兰，您好')).toBeTruthy();
    expect(screen.getByText('任城区 · 古槐街道 · 东门社区')).toBeTruthy();
    expect(document.querySelectorAll('#visit-days .home-visit-day')).toHaveLength(3);
    expect(screen.queryByText('请先完善个人资料，选择您所在的社区')).toBeNull();
  });

  it('asks a newcomer to complete the profile', async () => {
    const { backend } = await realBackend('u-resident-new');
    renderPage(<HomePage />, backend);
    expect(await screen.findByText('请先完善个人资料，选择您所在的社区')).toBeTruthy();
  });

  it('shows a plain error with a retry when the server fails, and recovers', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    let failing = true;
    renderPage(<HomePage />, (fn, event) =>
      failing ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' } : backend(fn, event),
    );
    expect(await screen.findByText('系统开小差了，请稍后再试')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(screen.getByText('张桂兰，您好')).toBeTruthy());
  });

  it('tells the user when the network is down, after retrying', async () => {
    renderPage(<HomePage />, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await screen.findByText('网络不可用，请检查网络后重试', undefined, { timeout: 5000 })).toBeTruthy();
  });
});
