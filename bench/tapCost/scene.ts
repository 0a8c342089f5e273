import type { SeededBackend } from '../../tests/support/seededBackend';
import { matterCategories } from '@domain/matters/categories';

/** The community the flows happen in, and the visit day they book on (after the test clock's start). */
export const COMMUNITY = 'c-dongmen';
export const VISIT_DAY = '2026-12-05';

/** What the flows act on: set up before counting starts, so none of it is counted. */
export interface Scene {
  /** 李's matter, approved, with three comments. */
  matterId: string;
  /** The slot 李 books in `bookTap`. */
  slotId: string;
  /** 张's booking, which `cancelTap` cancels. */
  bookingToCancel: string;
  /** A 代办证件 order 张 placed, which 李 (an approved volunteer) claims in `claimOrder`. */
  orderToClaim: string;
  /** The menu item 张 orders in `placeOrder`. */
  itemId: string;
  /** 张's approved matter (幸福小区's lamp) the committee dispatches in `dispatchCase` (街呼区应). */
  matterToDispatch: string;
}

/** An order of 张桂兰's, wanted the day after the test clock's start. */
export function orderOf(itemId: string) {
  return {
    itemId,
    details: '帮忙续办老年证，证件照已备好',
    wantedDate: '2026-11-28',
    wantedPeriod: 'morning',
    address: '幸福小区3号楼2单元501',
    contactPhone: '13800138000',
  };
}

/** 群众点单 on the demo seed: the starter menu, 李明 approved as a volunteer, one order waiting. */
async function setUpService(backend: SeededBackend) {
  const { act } = backend;
  const { items } = await act<{ items: { id: string; name: string }[] }>(
    'service',
    'u-committee-chen',
    'adoptStarterMenu',
    {},
  );
  const { volunteer } = await act<{ volunteer: { id: string } }>('service', 'u-resident-li', 'reportVolunteer', {
    partyMember: true,
    categories: ['errand'],
  });
  await act('service', 'u-committee-chen', 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  const itemId = items[0].id;
  const { order } = await act<{ order: { id: string } }>('service', 'u-resident-zhang', 'placeOrder', orderOf(itemId));
  return { itemId, orderToClaim: order.id };
}

/** An approved matter of 张's in her compound, 幸福小区: facilities there go to 幸福物业 by the demo table. */
async function setUpCasework(backend: SeededBackend, otherMatterId: string) {
  const { act } = backend;
  const raised = await act<{ matter: { id: string }; moderation: string }>('matter', 'u-resident-zhang', 'raise', {
    title: '幸福小区路灯不亮',
    body: '幸福小区3号楼前的路灯已经不亮好几天了，晚上很黑。',
    category: 'facilities',
    gridId: 'g-dongmen-1',
    compoundId: 'p-xingfu',
  });
  if (raised.moderation === 'queued') {
    const approve = { targetType: 'matter', targetIds: [raised.matter.id], decision: 'approve' };
    await act('matter', 'u-committee-chen', 'moderate', approve);
  }
  // One case open before the flows, so the street's view has a case to show besides the flow's.
  await act('casework', 'u-committee-chen', 'dispatch', { matterId: otherMatterId });
  return { matterToDispatch: raised.matter.id };
}

const station = { mode: 'station', place: '红帆驿站', capacity: 3 };

/**
 * A small, ordinary community on the demo seed: one visit day of four slots with one booking, one
 * approved matter with three comments (two official) and what they notified. Counts grow with some
 * of this (one lookup per slot, per comment), so the scene is part of what the figures mean.
 */
export async function setUpScene(backend: SeededBackend): Promise<Scene> {
  const { act } = backend;
  const { slots } = await act<{ slots: { id: string }[] }>('visit', 'u-cadre-liu', 'publishSlots', {
    communityId: COMMUNITY,
    date: VISIT_DAY,
    slots: [
      { ...station, start: '09:00', end: '10:00' },
      { ...station, start: '10:00', end: '11:00' },
      { ...station, start: '14:00', end: '15:00' },
      { ...station, start: '15:00', end: '16:00' },
    ],
  });
  const { booking } = await act<{ booking: { id: string } }>('visit', 'u-resident-zhang', 'book', {
    slotId: slots[0].id,
    topic: '想反映小区停车问题',
    address: '',
    phone: '13800000000',
  });
  const raised = await act<{ matter: { id: string }; moderation: string }>('matter', 'u-resident-li', 'raise', {
    title: '东门小区路灯坏了',
    body: '小区东门口的路灯坏了一个多星期，晚上回家很不方便。',
    category: matterCategories[0],
  });
  const matterId = raised.matter.id;
  if (raised.moderation === 'queued') {
    await act('matter', 'u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [matterId],
      decision: 'approve',
    });
  }
  await act('matter', 'u-resident-zhang', 'comment', { matterId, body: '我家楼下也是，赞成尽快修' });
  await act('matter', 'u-committee-chen', 'comment', { matterId, body: '居委会已收到，会跟进' });
  await act('matter', 'u-cadre-liu', 'comment', { matterId, body: '已联系物业，本周内修好' });
  return {
    matterId,
    slotId: slots[1].id,
    bookingToCancel: booking.id,
    ...(await setUpService(backend)),
    ...(await setUpCasework(backend, matterId)),
  };
}
