import { routes } from '@domain/routes';
import type { SlotView } from '@domain/visits/views';
import type { weappPageTests } from './fixtures';
import type { MiniPage } from './harness';
import { LIU, visitScene, type VisitScene } from './visitScene';

// 李明 lives in 东门社区, 鼓楼家园 8号楼1单元302, phone 13905372345 (host/seed.ts). The clock stands
// at 2026-11-27 10:00 in Shanghai; booking for 12月5日 closes 12月4日 18:00, cancelling at 12:00.
export const LI = 'u-resident-li';
export const LI_PHONE = '13905372345';
export const DATE = '2026-12-05';

export const stationSlot = {
  start: '09:00',
  end: '11:00',
  mode: 'station',
  place: '东门社区红帆驿站',
  capacity: 3,
} as const;

export interface DayOfSlots {
  scene: VisitScene;
  station: SlotView;
  home: SlotView;
  enterprise: SlotView;
}

/**
 * 12月5日 in 东门社区: 刘建国's talk at the station (3 seats, a neighbour has one), 孙立华's home
 * visit (1 seat, 张桂兰 has it, two neighbours wait), and 刘建国's enterprise visit, cancelled.
 */
export async function dayOfSlots(): Promise<DayOfSlots> {
  const scene = await visitScene();
  const station = await scene.publish(LIU, DATE, stationSlot);
  const home = await scene.publish(scene.sun, DATE, { start: '14:00', end: '16:00', mode: 'home', capacity: 1 });
  const enterprise = await scene.publish(LIU, DATE, {
    start: '19:00',
    end: '20:30',
    mode: 'enterprise',
    place: '古槐路创业园',
    capacity: 4,
  });
  await scene.cancelSlot(LIU, enterprise, '民情书记临时参加防汛会议');
  await scene.book(await scene.neighbour(), station);
  await scene.book('u-resident-zhang', home, { address: '幸福小区' });
  await scene.book(await scene.neighbour(), home, { address: '槐荫苑' });
  await scene.book(await scene.neighbour(), home, { address: '鼓楼家园' });
  return { scene, station, home, enterprise };
}

/** The same day with 李明's seat at the station taken (2 of 3). */
export async function dayWithMyStationBooking() {
  const day = await dayOfSlots();
  const mine = await day.scene.book(LI, day.station, { topic: '楼道灯坏了半个月', phone: LI_PHONE });
  return { ...day, mine };
}

/** 李明 opens the visit-day page of DATE on the real build, its slots loaded. */
export async function openVisitDay(
  pages: ReturnType<typeof weappPageTests>,
  { scene }: { scene: VisitScene },
): Promise<MiniPage> {
  const page = pages.open(routes.visitDay.path, {
    backend: scene.backendFor(pages.data, LI),
    query: { date: DATE },
  });
  await page.waitForId('slot-list');
  return page;
}

/** The id of a slot's card on the visit-day page. */
export const slotCard = (slot: SlotView) => `slot-${slot.id}`;
