import { seededBackend, type SeededBackend } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';

/** Two residents of 东门 who interact (host/seed.ts): A is 张桂兰, B is 李明. */
export const A = 'u-resident-zhang';
export const B = 'u-resident-li';
export const CADRE = 'u-cadre-liu';
export const COMMITTEE = 'u-committee-chen';
export const VISIT_DAY = '2026-12-05'; // the next visit day after the test clock's 2026-11-27

/** What identifies each of them: none of it may reach the other's export, nor anyone after 注销. */
export const personOf = {
  [A]: { name: '张桂兰', phone: '13805371234', building: '3号楼2单元501', address: '幸福小区3号楼2单元501' },
  [B]: { name: '李明', phone: '13905372345', building: '8号楼1单元302', address: '槐荫苑8号楼1单元302' },
};

/** Their own words: each one's matter and comment text, which is theirs alone. */
export const wordsOf = {
  [A]: {
    title: '楼道灯坏了好几天',
    body: '我是张桂兰，住3号楼2单元501，电话13805371234，楼道灯坏了，晚上下楼看不见。',
    comment: '围墙这件事我也赞同尽快修补',
    topic: '想当面说说楼道灯的事',
    rating: '张桂兰觉得处理得还算及时',
  },
  [B]: {
    title: '西侧围墙破损需要修补',
    body: '李明反映：西侧围墙裂缝越来越大，孩子们经常在旁边玩。',
    comment: '我晚上下楼也差点摔倒',
    topic: '围墙修补的进度',
    rating: '',
  },
};

/** Why A flagged B's comment: her words. */
export const A_FLAG_REASON = '张桂兰觉得与事无关';

/** A photo A uploaded and attached to her matter. */
export const A_PHOTO = 'local/zhangphoto0001.jpg';

export interface Scene {
  server: SeededBackend;
  matterOf: Record<string, string>;
  bookingOf: Record<string, string>;
  slotId: string;
}

/**
 * Both raise a matter (approved; A's with a photo), comment on and support each other's, A follows B's and flags B's comment; the cadre
 * publishes one home-visit seat on the next visit day: A takes it, B waits. The admin re-assigns
 * A (an audit line about her) and A has consent credits. A's matter is resolved and she rates it.
 */
export async function twoResidents(engine: EngineName, storage?: Storage): Promise<Scene> {
  const server = await seededBackend(storage ? { storage } : { engine });
  const { act } = server;
  const matterOf: Record<string, string> = {};
  server.deps.uploads.record(A_PHOTO, A);
  for (const who of [A, B] as const) {
    const { matter } = await act('matter', who, 'raise', {
      title: wordsOf[who].title,
      body: wordsOf[who].body,
      category: 'facilities',
      building: personOf[who].building,
      photos: who === A ? [A_PHOTO] : [],
    });
    matterOf[who] = matter.id;
  }
  await act('matter', COMMITTEE, 'moderate', {
    targetType: 'matter',
    targetIds: [matterOf[A], matterOf[B]],
    decision: 'approve',
  });
  server.deps.clock.advance(1);
  await act('matter', A, 'comment', { matterId: matterOf[B], body: wordsOf[A].comment });
  const { comment } = await act('matter', B, 'comment', { matterId: matterOf[A], body: wordsOf[B].comment });
  await act('matter', A, 'flag', { targetType: 'comment', targetId: comment.id, reason: A_FLAG_REASON });
  await act('matter', A, 'support', { matterId: matterOf[B] });
  await act('matter', B, 'support', { matterId: matterOf[A] });
  await act('matter', A, 'follow', { matterId: matterOf[B] });
  const { slots } = await act('visit', CADRE, 'publishSlots', {
    communityId: 'c-dongmen',
    date: VISIT_DAY,
    slots: [{ start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 1 }],
  });
  const slotId = slots[0].id as string;
  const bookingOf: Record<string, string> = {};
  for (const who of [A, B] as const) {
    const { booking } = await act('visit', who, 'book', {
      slotId,
      topic: wordsOf[who].topic,
      address: personOf[who].address,
      phone: personOf[who].phone,
    });
    bookingOf[who] = booking.id;
  }
  await act('account', 'u-admin', 'assignRole', { userId: A, role: 'resident', communityIds: ['c-dongmen'] });
  await server.storage.subscriptions.grant(A, 'tmpl-booking', server.deps.clock.now(), 'grant-a');
  await act('matter', COMMITTEE, 'conclude', { matterId: matterOf[A], ending: 'resolve', reason: '已更换灯泡' });
  await act('matter', A, 'rate', { matterId: matterOf[A], score: 4, comment: wordsOf[A].rating });
  return { server, matterOf, bookingOf, slotId };
}

/** Digits and letters only: a phone found however it was split. */
export const compact = (text: string) => text.replace(/[^0-9A-Za-z]/g, '');
