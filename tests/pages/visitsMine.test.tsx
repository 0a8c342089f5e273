import { act, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MyVisitsPage from '../../src/packages/resident/my-visits/index';
import { shanghaiWallClockToMs } from '@domain/time';
import { resetTaroMock } from '../support/taroMock';
import { pageHooks } from './mattersTaroMock';
import { renderPage } from './render';
import { followClock, home, station, visitsBackend } from './visitsBackend';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

async function setup() {
  const server = await visitsBackend();
  followClock(server.deps);
  return server;
}

describe('我的约见 (jsdom, real services over SQLite)', () => {
  it('lists the coming visits with time, mode, cadre, place, topic and state; one opens its day', async () => {
    const server = await setup();
    const [slot, homeSlot] = await server.publish([station, home]);
    const { booking } = await server.book('u-resident-zhang', slot.id, { topic: '想说说小区停车难' });
    renderPage(<MyVisitsPage />, server.as('u-resident-zhang'));
    await appears(`#my-visit-${booking.id}`);
    expect($('#visits-when-upcoming').getAttribute('aria-checked')).toBe('true');
    const card = text(`#my-visit-${booking.id}`);
    for (const part of ['12月5日 周六', '09:00–11:00', '红帆驿站', '刘建国', '东门社区红帆驿站', '想说说小区停车难']) {
      expect(card).toContain(part);
    }
    expect(text(`#my-visit-${booking.id}-state`)).toBe('已预约');
    click(`#my-visit-${booking.id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/visit-day/index?date=2026-12-05' });
    expect(homeSlot.mode).toBe('home');
  });

  it('shows a visit the committee booked for the resident (红色代办) with 由陈秀英代办 and how they agreed', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    const { booking } = await server.act<{ booking: { id: string } }>('u-committee-chen', 'bookFor', {
      slotId: slot.id,
      topic: '想说说小区停车难',
      residentId: 'u-resident-zhang',
      residentName: '张阿姨',
      consent: '本人到社区当面同意',
    });
    renderPage(<MyVisitsPage />, server.as('u-resident-zhang'));
    await appears(`#my-visit-${booking.id}`);
    expect(text(`#my-visit-${booking.id}-on-behalf`)).toContain('由陈秀英代办 · 本人到社区当面同意');
  });

  it('shows a past visit with the cadre’s record, the follow-up and the matter opened from it', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    const { booking } = await server.book('u-resident-zhang', slot.id, { topic: '楼道灯坏了' });
    server.setTime(shanghaiWallClockToMs('2026-12-05', '10:30'));
    server.deps.uploads.record('local/stairlight01.jpg', 'u-cadre-liu'); // the cadre's own upload
    const { record } = await server.act<{ record: { id: string } }>('u-cadre-liu', 'recordVisit', {
      bookingId: booking.id,
      seen: '3号楼2单元楼道灯不亮',
      heard: '老人晚上上下楼不安全',
      solved: '当场联系物业，承诺三天内修好',
      suggested: '',
      photos: ['local/stairlight01.jpg'],
      followUp: { dueDate: '2026-12-08', note: '确认物业修好楼道灯' },
    });
    const { matterId } = await server.act<{ matterId: string }>('u-cadre-liu', 'openMatter', {
      recordId: record.id,
      title: '3号楼楼道灯不亮',
      category: 'facilities',
    });
    server.setTime(shanghaiWallClockToMs('2026-12-06', '09:00'));

    const { calls } = renderPage(<MyVisitsPage />, server.as('u-resident-zhang'));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('您还没有预约接访');
    click('#visits-when-past');
    await appears(`#my-visit-${booking.id}`);
    expect(calls.filter((c) => c.event.action === 'myVisits').map((c) => c.event.data)).toEqual([
      { when: 'upcoming', limit: 20 },
      { when: 'past', limit: 20 },
    ]);
    expect(text(`#my-visit-${booking.id}-state`)).toBe('已接访');
    const diary = text(`#visit-record-${record.id}`);
    for (const part of ['民情日记 · 刘建国', '察民情', '3号楼2单元楼道灯不亮', '听民意', '解民忧', '当场联系物业']) {
      expect(diary).toContain(part);
    }
    expect(diary).not.toContain('汇民智');
    click(`#visit-record-${record.id}-photo-0`);
    expect(Taro.previewImage).toHaveBeenCalledWith({
      current: '/files/stairlight01.jpg',
      urls: ['/files/stairlight01.jpg'],
    });
    expect(text(`#visit-followup-${record.id}`)).toContain('确认物业修好楼道灯');
    expect(text(`#visit-followup-${record.id}`)).toContain('12月8日前');
    expect(text(`#visit-followup-${record.id}-state`)).toBe('待跟进');
    click(`#visit-matter-${matterId}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${matterId}` });

    // The cadre closes the follow-up; pulling down shows its outcome.
    await server.act('u-cadre-liu', 'closeFollowUp', { recordId: record.id, outcome: '物业已换新灯，居民确认' });
    await act(async () => {
      pageHooks.pullDown!();
    });
    await waitFor(() => expect(text(`#visit-followup-${record.id}-state`)).toBe('已跟进'));
    expect(text(`#visit-followup-${record.id}-outcome`)).toContain('物业已换新灯，居民确认');
  });

  it('shows a cancelled booking with its reason', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    const { booking } = await server.book('u-resident-li', slot.id);
    await server.act('u-resident-li', 'cancel', { bookingId: booking.id, reason: '临时出差' });
    renderPage(<MyVisitsPage />, server.as('u-resident-li'));
    await appears(`#my-visit-${booking.id}`);
    expect(text(`#my-visit-${booking.id}-state`)).toBe('已取消');
    expect(text(`#my-visit-${booking.id}`)).toContain('临时出差');
  });

  it('pages through many visits', async () => {
    const server = await setup();
    const dates = ['2026-12-05', '2026-12-15', '2026-12-25', '2027-01-05'];
    for (const date of dates) {
      const [slot] = await server.publish([station], date);
      await server.book('u-resident-li', slot.id);
    }
    const backend = server.as('u-resident-li');
    renderPage(<MyVisitsPage />, (fn, event) =>
      event.action === 'myVisits'
        ? backend(fn, { ...event, data: { ...(event.data as object), limit: 3 } })
        : backend(fn, event),
    );
    await appears('#visit-feed-more');
    expect(document.querySelectorAll('.mq-my-visit')).toHaveLength(3);
    click('#visit-feed-more');
    await appears('#visit-feed-end');
    expect(document.querySelectorAll('.mq-my-visit')).toHaveLength(4);
  });

  it('is for residents', async () => {
    const server = await setup();
    renderPage(<MyVisitsPage />, server.as('u-cadre-liu'));
    expect(await screen.findByText('这里是居民预约的接访')).toBeTruthy();
  });
});
