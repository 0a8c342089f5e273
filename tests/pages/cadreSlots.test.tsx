import { screen, waitFor } from '@testing-library/react';
import SlotsPage from '../../src/packages/cadre/slots/index';
import { resetTaroMock } from '../support/taroMock';
import {
  $,
  cadreBackend,
  click,
  home,
  NEXT_VISIT_DAY,
  openAt,
  station,
  text,
  typeInto,
  VISIT_DAY,
} from './cadreBackend';
import { renderPage } from './render';

const PATH = '/packages/cadre/slots/index';

async function openSlots(userId = 'u-cadre-liu', before?: (server: Server) => Promise<unknown>) {
  const server = await cadreBackend();
  await before?.(server);
  openAt(server.deps.clock.now(), PATH);
  const page = renderPage(<SlotsPage />, server.as(userId));
  return { ...server, ...page };
}
type Server = Awaited<ReturnType<typeof cadreBackend>>;

const myOpenSlots = async (server: Server, date = VISIT_DAY, communityId = 'c-dongmen') =>
  (await server.storage.slots.listByDay(communityId, date)).filter((s) => s.state === 'open');

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('民情书记 publishes visit slots (jsdom, real services over SQLite)', () => {
  it('is only for cadres', async () => {
    await openSlots('u-resident-zhang');
    expect(await screen.findByText('仅民情书记可用')).toBeTruthy();
    expect(document.querySelector('#slot-add')).toBeNull();
  });

  it('offers the cadre’s communities and the next visit days, the next one chosen', async () => {
    await openSlots();
    await waitFor(() => $('#slots-empty'));
    expect($('#community-c-dongmen').getAttribute('aria-checked')).toBe('true');
    expect($('#community-c-ximen')).toBeTruthy();
    expect($(`#day-${VISIT_DAY}`).getAttribute('aria-checked')).toBe('true');
    expect($(`#day-${NEXT_VISIT_DAY}`)).toBeTruthy();
    expect(text('#slots-deadline')).toContain('12月4日 18:00');
  });

  it('publishes a slot from the form; place is required for 红帆驿站', async () => {
    const server = await openSlots();
    await waitFor(() => $('#slots-empty'));
    click('#slot-add');
    await waitFor(() => $('#slot-sheet'));
    click('#slot-start-0930');
    // The length is kept: 09:30 + 2 hours.
    expect($('#slot-end-1130').getAttribute('aria-checked')).toBe('true');
    click('#slot-end-1030');
    click('#slot-mode-station');
    typeInto('slot-capacity', '3');
    click('#slot-save');
    expect(await screen.findByText('请填写接访地点，至少2个字')).toBeTruthy();
    // Issue 13: also said right above the button that was tapped, whatever the body's scroll.
    expect(text('#slot-sheet-error')).toBe('还有1处需要修改，已在上面标出');
    expect(text('#slot-field-place')).toContain('请填写接访地点，至少2个字');
    expect(server.calls.some((c) => c.event.action === 'publishSlots')).toBe(false);

    typeInto('slot-place', '东门社区红帆驿站');
    click('#slot-save');
    await waitFor(() => expect(document.querySelector('#slot-sheet')).toBeNull());
    expect(text('#slots-result')).toContain('已发布 09:30-10:30 的时段');
    const [stored] = await myOpenSlots(server);
    expect(stored).toMatchObject({
      start: '09:30',
      end: '10:30',
      mode: 'station',
      capacity: 3,
      cadreId: 'u-cadre-liu',
    });
    await waitFor(() => $(`#slot-${stored.id}`));
    expect(text(`#slot-${stored.id}`)).toContain('红帆驿站');
    expect(text(`#slot-seats-${stored.id}`)).toContain('可接待 3 人');
    const publish = server.calls.find((c) => c.event.action === 'publishSlots')!;
    expect(publish.event.data).toMatchObject({ communityId: 'c-dongmen', date: VISIT_DAY });
    expect(publish.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('publishes a home visit in the other community without a place, and says overlaps in the server’s words', async () => {
    const server = await openSlots('u-cadre-liu', (s) => s.publish([station]));
    await waitFor(() => $('#my-slots'));
    click('#community-c-ximen');
    await waitFor(() => $('#slots-empty'));
    click('#slot-add');
    click('#slot-mode-home');
    click('#slot-save');
    // 09:00-11:00 is already taken in 东门: one cadre, one place at a time.
    expect(await screen.findByText('与已发布的时段重叠：09:00-11:00')).toBeTruthy();
    click('#slot-start-1400');
    click('#slot-save');
    await waitFor(() => expect(document.querySelector('#slot-sheet')).toBeNull());
    const [stored] = await myOpenSlots(server, VISIT_DAY, 'c-ximen');
    expect(stored).toMatchObject({ start: '14:00', end: '16:00', mode: 'home', place: '' });
  });

  it('copies the last visit day’s slots in one step', async () => {
    const server = await openSlots('u-cadre-liu', (s) => s.publish([station, home]));
    await waitFor(() => $('#my-slots'));
    click(`#day-${NEXT_VISIT_DAY}`);
    await waitFor(() => $('#slots-empty'));
    click('#copy-last-day');
    await waitFor(() => expect(text('#slots-result')).toContain('已复制12月5日 周六的 2 个时段'));
    const copied = await myOpenSlots(server, NEXT_VISIT_DAY);
    expect(copied.map((s) => [s.start, s.mode, s.capacity])).toEqual([
      ['09:00', 'station', 2],
      ['14:00', 'home', 3],
    ]);
    await waitFor(() => expect(document.querySelectorAll('#my-slots .cd-slot')).toHaveLength(2));
    // Copying again would overlap: the server says so.
    click('#copy-last-day');
    await waitFor(() => expect(text('#slots-result')).toContain('重叠'));
  });

  it('offers a day the committee moved, with its reason, and publishes on it', async () => {
    const server = await openSlots('u-cadre-liu', (s) =>
      s.visit('u-committee-chen', 'moveVisitDay', {
        originalDate: '2026-12-25',
        movedTo: '2026-12-24',
        reason: '与社区冬季运动会冲突',
      }),
    );
    await waitFor(() => $('#day-2026-12-24'));
    expect(document.querySelector('#day-2026-12-25')).toBeNull();
    expect(text('#day-2026-12-24')).toBe('12月24日 周四（调整）');
    click('#day-2026-12-24');
    await waitFor(() => $('#day-moved'));
    expect(text('#day-moved')).toContain('原定12月25日 周五');
    expect(text('#day-moved')).toContain('与社区冬季运动会冲突');
    click('#slot-add');
    click('#slot-mode-home');
    click('#slot-save');
    await waitFor(() => expect(document.querySelector('#slot-sheet')).toBeNull());
    expect(await myOpenSlots(server, '2026-12-24')).toHaveLength(1);
  });

  it('edits a slot; a capacity below the booked count gets the server’s message', async () => {
    let slotId = '';
    const server = await openSlots('u-cadre-liu', async (s) => {
      [{ id: slotId }] = await s.publish([station]);
      await s.book('u-resident-zhang', slotId, '楼道灯坏了想当面说');
      await s.book('u-resident-li', slotId, '小区停车难');
    });
    await waitFor(() => $(`#slot-${slotId}`));
    expect(text(`#slot-seats-${slotId}`)).toContain('已约 2 人');
    click(`#slot-edit-${slotId}`);
    await waitFor(() => $('#slot-sheet'));
    expect($('#slot-mode-station').getAttribute('aria-checked')).toBe('true');
    typeInto('slot-capacity', '1');
    click('#slot-save');
    // Said above the button, in view whatever the form's scroll.
    await waitFor(() => expect(text('#slot-sheet-error')).toBe('已有2人预约，名额不能少于2'));
    expect((await server.storage.slots.findById(slotId))?.capacity).toBe(2);

    click('#slot-capacity-plus');
    click('#slot-capacity-plus');
    click('#slot-save');
    await waitFor(() => expect(document.querySelector('#slot-sheet')).toBeNull());
    expect((await server.storage.slots.findById(slotId))?.capacity).toBe(3);
    await waitFor(() => expect(text(`#slot-seats-${slotId}`)).toContain('可接待 3 人'));
  });

  it('cancels a slot with a reason and says how many residents were told', async () => {
    let slotId = '';
    const server = await openSlots('u-cadre-liu', async (s) => {
      [{ id: slotId }] = await s.publish([{ ...station, capacity: 1 }]);
      await s.book('u-resident-zhang', slotId, '楼道灯坏了想当面说');
      await s.book('u-resident-li', slotId, '小区停车难'); // waitlisted
    });
    await waitFor(() => $(`#slot-${slotId}`));
    click(`#slot-cancel-${slotId}`);
    await waitFor(() => $('#cancel-slot-sheet'));
    expect(text('#cancel-slot-affected')).toContain('已有 1 人预约、1 人候补');
    click('#cancel-slot-submit');
    expect(await screen.findByText('请选择或填写取消原因')).toBeTruthy();
    typeInto('cancel-slot-reason', '临时有紧急公务');
    click('#cancel-slot-submit');
    await waitFor(() => expect(text('#slots-result')).toBe('时段已取消，已通知 2 位居民'));
    expect((await server.storage.slots.findById(slotId))?.state).toBe('cancelled');
    await waitFor(() => expect(text(`#slot-${slotId}`)).toContain('取消原因：临时有紧急公务'));
    expect(document.querySelector(`#slot-cancel-${slotId}`)).toBeNull();
    const told = server.deps.notified.filter((n) => n.kind === 'slot_cancelled');
    expect(told).toHaveLength(2);
  });
});
