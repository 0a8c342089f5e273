import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';
import { seededBackend } from '../support/seededBackend';
import { storedMatter } from '../functions/homes/homeScene';
import { appears, click, text } from './dom';

beforeEach(() => resetTaroMock());

describe('home page (jsdom)', () => {
  it('greets a resident by name with the full community path and the next three visit days', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<HomePage />, backend);
    expect(await screen.findByText('张桂兰，您好')).toBeTruthy();
    expect(screen.getByText('任城区 · 古槐街道 · 东门社区')).toBeTruthy();
    // The visit days now come with the resident's overview, a moment after the greeting.
    await waitFor(() => expect(document.querySelectorAll('#visit-days .home-visit-day')).toHaveLength(3));
    expect(screen.queryByText('请先完善个人资料，选择您所在的社区')).toBeNull();
  });

  it('shows the next booking, the matters raised with their state, and visit days that open their day', async () => {
    const server = await seededBackend();
    const { slots } = await server.act('visit', 'u-cadre-liu', 'publishSlots', {
      communityId: 'c-dongmen',
      date: '2026-12-05',
      slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 }],
    });
    const booking = { slotId: slots[0].id, topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };
    await server.act('visit', 'u-resident-zhang', 'book', booking);
    await storedMatter(server.storage, {
      id: 'zhang-1',
      communityId: 'c-dongmen',
      state: 'consulting',
      title: '楼道灯坏了',
    });
    renderPage(<HomePage />, server.as('u-resident-zhang'));
    await appears('#resident-overview');
    expect(text('#next-booking')).toContain('09:00–11:00');
    expect(text('#next-booking')).toContain('已预约');
    expect(text('#my-matter-zhang-1')).toContain('楼道灯坏了');
    expect(text('#my-matter-zhang-1')).toContain('协商中');
    expect(text('#visit-day-2026-12-05')).toContain('已预约');
    // The residents' entries stay.
    expect(screen.getByText('居民说事')).toBeTruthy();
    expect(screen.getByText('民意5来听')).toBeTruthy();

    click('#my-matter-zhang-1');
    click('#visit-day-2026-12-15');
    click('#next-booking');
    expect((Taro.navigateTo as jest.Mock).mock.calls.map(([o]) => o.url)).toEqual([
      '/packages/resident/matter/index?id=zhang-1',
      '/packages/resident/visit-day/index?date=2026-12-15',
      '/packages/resident/visit-day/index?date=2026-12-05',
    ]);
  });

  it('invites a resident without matters to raise one', async () => {
    const { backend } = await realBackend('u-resident-li');
    renderPage(<HomePage />, backend);
    await appears('#my-matters');
    expect(text('#my-matters')).toBe('您还没有提过说事，点此说一件身边事');
    expect(document.querySelector('#next-booking')).toBeNull();
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
