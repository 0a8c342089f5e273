import { shanghaiWallClockToMs } from '@domain/time';
import { resetTaroMock } from '../support/taroMock';
import { setup, openDay } from './visitDaySteps';
import { station, visitsBackend } from './visitsBackend';
import { appears, click, text, typeInto } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

/** The cut-offs of a visit day, as the server's clock says, whatever the phone's says. */
describe('booking and cancelling around the cut-offs (jsdom, real services over SQLite)', () => {
  it('after the cancel cut-off says whom to call instead of offering the buttons', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    await server.book('u-resident-zhang', slot.id);
    server.setTime(shanghaiWallClockToMs('2026-12-04', '12:00'));
    await openDay(server, 'u-resident-zhang');
    await appears('#cancel-closed');
    expect(text('#cancel-closed')).toContain('已过取消截止时间（12月4日 12:00），如需调整请致电社区：0537-2201801');
    expect(document.querySelector('#cancel-booking')).toBeNull();
    expect(document.querySelector('#reschedule-booking')).toBeNull();
    // Booking itself stays open until 18:00.
    expect(text('#booking-deadline')).toBe('12月4日 18:00 截止预约');
  });

  it('shows the server’s message when the cut-off passes while the page is open', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    await server.book('u-resident-zhang', slot.id);
    server.setTime(shanghaiWallClockToMs('2026-12-04', '11:58'));
    await openDay(server, 'u-resident-zhang');
    click('#cancel-booking');
    typeInto('cancel-reason', '临时有事');
    server.setTime(shanghaiWallClockToMs('2026-12-04', '12:01'));
    click('#cancel-submit');
    await appears('#cancel-closed');
    expect(text('#cancel-closed')).toContain('如需调整请致电社区：0537-2201801');
    expect(document.querySelector('#cancel-booking')).toBeNull();
    expect((await server.storage.bookings.listBySlot(slot.id))[0].state).toBe('booked');
  });

  it('trusts the server’s DEADLINE_PASSED, not the phone’s clock, when a reschedule comes too late', async () => {
    const server = await visitsBackend();
    const afternoon = { ...station, start: '14:00', end: '16:00' };
    const [morning, later] = await server.publish([station, afternoon]);
    await server.book('u-resident-zhang', morning.id);
    // The phone's clock is an hour slow: it still believes cancelling is open at 11:30.
    jest.spyOn(Date, 'now').mockImplementation(() => shanghaiWallClockToMs('2026-12-04', '11:30'));
    server.setTime(shanghaiWallClockToMs('2026-12-04', '11:30'));
    await openDay(server, 'u-resident-zhang');
    click('#reschedule-booking');
    await appears('#reschedule-panel');
    click(`#reschedule-${later.id}`);
    typeInto('reschedule-reason', '上午要接孙子');
    server.setTime(shanghaiWallClockToMs('2026-12-04', '12:30'));
    click('#reschedule-submit');
    await appears('#cancel-closed');
    expect(text('#cancel-closed')).toContain('如需调整请致电社区：0537-2201801');
    expect(document.querySelector('#reschedule-booking')).toBeNull();
  });

  it('hides the cancel buttons when the server says cancelling closed, even if the phone’s clock is early', async () => {
    const server = await visitsBackend();
    const [slot] = await server.publish([station]);
    await server.book('u-resident-zhang', slot.id);
    jest.spyOn(Date, 'now').mockImplementation(() => shanghaiWallClockToMs('2026-12-04', '10:00'));
    server.setTime(shanghaiWallClockToMs('2026-12-04', '12:00'));
    await openDay(server, 'u-resident-zhang');
    await appears('#cancel-closed');
    expect(document.querySelector('#cancel-booking')).toBeNull();
  });

  it('after the booking cut-off says 预约已截止 and offers no booking', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    server.setTime(shanghaiWallClockToMs('2026-12-04', '18:00'));
    await openDay(server, 'u-resident-li');
    expect(text('#booking-deadline')).toBe('预约已截止');
    expect(document.querySelector('.visit-day-book')).toBeNull();
    click(`#slot-${slot.id}`);
    expect(document.querySelector('#book-form')).toBeNull();
  });
});
