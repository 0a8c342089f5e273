import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import VisitDaysPage from '../../src/packages/committee/visit-days/index';
import MinePage from '../../src/pages/mine/index';
import { resetTaroMock } from '../support/taroMock';
import { $, cadreBackend, click, openAt, station, text, typeInto } from './cadreBackend';
import { realBackend } from './realBackend';
import { renderPage } from './render';

const PATH = '/packages/committee/visit-days/index';

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('the committee moves a visit day (jsdom, real services over SQLite)', () => {
  it('lists the next visit days and moves 12月25日 with its bookings, telling the residents', async () => {
    const server = await cadreBackend();
    const [slot] = await server.publish([station], '2026-12-25');
    const booked = await server.book('u-resident-zhang', slot.id, '楼道灯坏了想当面说');
    openAt(server.deps.clock.now(), PATH);
    const page = renderPage(<VisitDaysPage />, server.as('u-committee-chen'));
    await waitFor(() => $('#visit-day-2026-12-05'));
    expect(text('#community-name')).toBe('东门社区');
    expect(document.querySelector('#moved-days')).toBeNull();
    expect(text('#visit-day-2026-12-25')).toContain('已发布 1 个时段');

    click('#move-day-2026-12-25');
    await waitFor(() => $('#move-day-sheet'));
    // The day before, within ten days either way.
    expect($('#move-to').getAttribute('data-value')).toBe('2026-12-24');
    expect(text('#move-day-slots')).toBe(
      '这一天已发布 1 个时段，已有 1 人预约。调整后时段和预约（含候补）会一起改到新日期，系统会通知每位预约的居民。',
    );
    click('#move-submit');
    expect(await screen.findByText('请填写调整原因')).toBeTruthy();
    typeInto('move-reason', '与社区冬季运动会冲突');
    click('#move-submit');
    await waitFor(() => $('#moved-days'));
    expect(text('#visit-days-result')).toBe(
      '已把12月25日 周五的接访调整到12月24日 周四，居民会看到调整原因。1 位居民的预约（含候补）已一起改到新日期，并已通知',
    );
    expect(text('#moved-2026-12-25')).toContain('12月25日 周五 → 12月24日 周四');
    expect(text('#moved-2026-12-25')).toContain('与社区冬季运动会冲突');
    expect(text('#visit-day-2026-12-24')).toContain('已调整');
    expect(document.querySelector('#visit-day-2026-12-25')).toBeNull();
    const move = page.calls.find((c) => c.event.action === 'moveVisitDay')!;
    expect(move.event.data).toMatchObject({
      communityId: 'c-dongmen',
      originalDate: '2026-12-25',
      movedTo: '2026-12-24',
      reason: '与社区冬季运动会冲突',
    });
    // Residents see the move.
    const days = await server.visit<{ days: { date: string; reason: string }[] }>('u-resident-zhang', 'days', {});
    expect(days.days.find((d) => d.date === '2026-12-24')?.reason).toBe('与社区冬季运动会冲突');
    // Her booking moved with the day, and she was told.
    expect(await server.storage.bookings.findById(booked.id)).toMatchObject({ date: '2026-12-24', state: 'booked' });
    expect(server.deps.notified.filter((e) => e.kind === 'visit_day_moved')).toMatchObject([
      { userIds: ['u-resident-zhang'] },
    ]);
  });

  it('is only for the committee', async () => {
    const server = await cadreBackend();
    openAt(server.deps.clock.now(), PATH);
    renderPage(<VisitDaysPage />, server.as('u-cadre-liu'));
    expect(await screen.findByText('仅社区居委会可用')).toBeTruthy();
  });
});

describe('民意5来听 entries in 我的', () => {
  it('offers the cadre 发布接访时段, 今日接访单 on the next visit day, and 待跟进事项', async () => {
    const { backend } = await realBackend('u-cadre-liu');
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 27, 2, 0));
    renderPage(<MinePage />, backend);
    const open = async (title: string) => fireEvent.click((await screen.findByText(title)).closest('.nut-cell')!);
    await open('发布接访时段');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/cadre/slots/index' });
    await open('今日接访单');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/cadre/sheet/index?date=2026-12-05' });
    await open('待跟进事项');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/cadre/followups/index' });
    expect(screen.queryByText('调整接访日')).toBeNull();
  });

  it('offers 今日接访单 for today on a visit day', async () => {
    const { backend } = await realBackend('u-cadre-liu');
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 4, 17, 0)); // 12月5日 01:00 in Shanghai
    renderPage(<MinePage />, backend);
    fireEvent.click((await screen.findByText('今日接访单')).closest('.nut-cell')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/cadre/sheet/index?date=2026-12-05' });
  });

  it('offers the committee 调整接访日, and residents none of these', async () => {
    const { backend } = await realBackend('u-committee-chen');
    const page = renderPage(<MinePage />, backend);
    fireEvent.click((await screen.findByText('调整接访日')).closest('.nut-cell')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/committee/visit-days/index' });
    expect(screen.queryByText('发布接访时段')).toBeNull();
    page.unmount();

    const resident = await realBackend('u-resident-zhang');
    renderPage(<MinePage />, resident.backend);
    await screen.findByText('长辈模式（字更大、按钮更大）');
    expect(screen.queryByText('发布接访时段')).toBeNull();
    expect(screen.queryByText('调整接访日')).toBeNull();
  });
});
