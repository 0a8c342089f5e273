import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MinePage from '../../src/pages/mine/index';
import VisitsPage from '../../src/pages/visits/index';
import { resetTaroMock } from '../support/taroMock';
import { renderPage } from './render';
import { followClock, home, station, visitsBackend } from './visitsBackend';
import { appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

const navigatedTo = () => (Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url as string);

async function setup() {
  const server = await visitsBackend();
  followClock(server.deps);
  return server;
}

describe('the 约见 tab (jsdom, real services over SQLite)', () => {
  it('lists the next visit days with slots, seats and the booking deadline, in elder mode for Zhang', async () => {
    const server = await setup();
    await server.publish([station, home]);
    renderPage(<VisitsPage />, server.as('u-resident-zhang'));
    await appears('#visit-day-2026-12-05');
    expect(document.querySelector('.mq-screen')!.classList.contains('mq-elder')).toBe(true);
    expect(screen.getByText(/每月5日、15日、25日，民情书记到社区听您说/)).toBeTruthy();

    const day = text('#visit-day-2026-12-05');
    expect(day).toContain('12月5日 周六');
    expect(text('#visit-day-2026-12-05-seats')).toBe('2个时段 · 剩余5个名额');
    expect(text('#visit-day-2026-12-05-deadline')).toBe('12月4日 18:00 截止预约');
    expect(document.querySelector('#visit-day-2026-12-05-mine')).toBeNull();
    // The days after it have nothing published yet.
    expect(text('#visit-day-2026-12-15-seats')).toBe('民情书记还没有发布时段');
    expect(document.querySelectorAll('[id^="visit-day-2026"].mq-visit-day').length).toBeGreaterThanOrEqual(3);

    click('#visit-day-2026-12-05');
    expect(navigatedTo()).toContain('/packages/resident/visit-day/index?date=2026-12-05');
    click('#my-visits-link');
    expect(navigatedTo()).toContain('/packages/resident/my-visits/index');
    expect(document.querySelector('#cadre-slots-link')).toBeNull();
    expect(document.querySelector('#committee-visit-days-link')).toBeNull();
  });

  it('shows my booking on its day, and my place on a waitlist', async () => {
    const server = await setup();
    const [slot] = await server.publish([{ ...station, capacity: 1 }]);
    await server.book('u-resident-zhang', slot.id);
    await server.book('u-resident-li', slot.id);

    const zhang = renderPage(<VisitsPage />, server.as('u-resident-zhang'));
    await appears('#visit-day-2026-12-05-mine');
    expect(text('#visit-day-2026-12-05-mine')).toContain('09:00–11:00 红帆驿站 · 刘建国');
    expect(text('#visit-day-2026-12-05-mine')).toContain('已预约');
    expect(text('#visit-day-2026-12-05-seats')).toBe('1个时段 · 已约满，可排候补');
    zhang.unmount();

    renderPage(<VisitsPage />, server.as('u-resident-li'));
    await appears('#visit-day-2026-12-05-mine');
    expect(text('#visit-day-2026-12-05-mine')).toContain('候补第1位');
  });

  it('shows a day the committee moved, with the reason', async () => {
    const server = await setup();
    await server.act('u-committee-chen', 'moveVisitDay', {
      originalDate: '2026-12-15',
      movedTo: '2026-12-14',
      reason: '社区活动中心检修',
    });
    renderPage(<VisitsPage />, server.as('u-resident-li'));
    await appears('#visit-day-2026-12-14');
    expect(document.querySelector('#visit-day-2026-12-15')).toBeNull();
    expect(text('#visit-day-2026-12-14')).toContain('12月14日 周一');
    expect(text('#visit-day-2026-12-14-moved')).toBe('由12月15日调整社区活动中心检修');
    expect(text('#visit-day-2026-12-14-deadline')).toBe('12月13日 18:00 截止预约');
  });

  it('says 预约已截止 once booking for a day has closed', async () => {
    const server = await setup();
    await server.publish([station]);
    server.setTime(Date.UTC(2026, 11, 4, 10, 0)); // 12月4日 18:00 in Shanghai
    renderPage(<VisitsPage />, server.as('u-resident-li'));
    await appears('#visit-day-2026-12-05');
    expect(text('#visit-day-2026-12-05-deadline')).toBe('预约已截止');
  });

  it('gives the committee the same days and the way to move one', async () => {
    const server = await setup();
    await server.publish([station]);
    const { calls } = renderPage(<VisitsPage />, server.as('u-committee-chen'));
    await appears('#visit-day-2026-12-05');
    expect(text('#visit-day-2026-12-05-seats')).toBe('1个时段 · 剩余2个名额');
    expect(document.querySelector('#my-visits-link')).toBeNull();
    expect(calls.find((c) => c.event.action === 'days')!.event.data).toEqual({ communityId: 'c-dongmen' });
    click('#committee-visit-days-link');
    expect(navigatedTo()).toContain('/packages/committee/visit-days/index');
    click('#visit-day-2026-12-05');
    expect(navigatedTo()).toContain('/packages/resident/visit-day/index?date=2026-12-05&communityId=c-dongmen');
  });

  it('gives a cadre each of their communities and the way to publish slots', async () => {
    const server = await setup();
    await server.publish([station]);
    const { calls } = renderPage(<VisitsPage />, server.as('u-cadre-liu'));
    await appears('#visit-day-2026-12-05');
    expect(text('#visit-day-2026-12-05-seats')).toBe('1个时段 · 剩余2个名额');
    click('#cadre-slots-link');
    expect(navigatedTo()).toContain('/packages/cadre/slots/index');

    click('#visits-community-c-ximen');
    await waitFor(() =>
      expect(calls.filter((c) => c.event.action === 'days').map((c) => c.event.data)).toContainEqual({
        communityId: 'c-ximen',
      }),
    );
    await waitFor(() => expect(text('#visit-day-2026-12-05-seats')).toBe('民情书记还没有发布时段'));
  });

  it('sends a resident without a community to the profile first', async () => {
    const server = await setup();
    renderPage(<VisitsPage />, server.as('u-resident-new'));
    expect(await screen.findByText('请先完善个人资料')).toBeTruthy();
    expect(document.querySelector('#visit-days')).toBeNull();
  });

  it('shows a failure in Chinese and loads again on 重试', async () => {
    const server = await setup();
    const backend = server.as('u-resident-li');
    let failures = 1;
    renderPage(<VisitsPage />, (fn, event) =>
      event.action === 'days' && failures-- > 0
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : backend(fn, event),
    );
    await appears('#state-error');
    expect(text('#state-error')).toContain('系统开小差了，请稍后再试');
    click('#state-error .mq-state__action');
    await appears('#visit-day-2026-12-05');
  });
});

describe('我的约见 in 我的', () => {
  it('is offered to residents and opens 我的约见', async () => {
    const server = await setup();
    const page = renderPage(<MinePage />, server.as('u-resident-li'));
    const title = await screen.findByText('我的约见');
    fireEvent.click(title.closest('.nut-cell')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/my-visits/index' });
    page.unmount();

    renderPage(<MinePage />, server.as('u-committee-chen'));
    await screen.findByText('长辈模式（字更大、按钮更大）');
    expect(screen.queryByText('我的约见')).toBeNull();
  });
});
