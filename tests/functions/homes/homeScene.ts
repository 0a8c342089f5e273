import type { MatterRecord } from '../../../cloudfunctions/lib/ports/matters';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { aConsultation, aMatter, anEntry } from '../../support/builders/matters';
import { aUser } from '../../support/builders/users';
import { aRecord } from '../../support/builders/visits';
import type { SeededBackend } from '../../support/seededBackend';

/** The test clock's day (seededBackend: 2026-11-27 10:00 Shanghai) and the next visit day. */
export const TODAY = '2026-11-27';
export const VISIT_DAY = '2026-12-05';
/** 2026-11-27 15:00 in Shanghai. */
export const THIS_AFTERNOON = Date.UTC(2026, 10, 27, 7, 0);

/** A matter stored as it would be after the steps that led to it (the homes only read). */
export async function storedMatter(storage: Storage, overrides: Partial<MatterRecord>): Promise<MatterRecord> {
  const matter = aMatter({ authorId: 'u-resident-zhang', ...overrides });
  await storage.matters.create(matter, anEntry({ id: `t-${matter.id}`, matterId: matter.id, toState: matter.state }));
  return matter;
}

/** An escalation waiting on the street since before today. */
export function overdueEscalation(dueDate = '2026-11-20') {
  return {
    level: 'street' as const,
    department: '古槐街道城管科',
    dueDate,
    note: '',
    escalatedAt: 1000,
    response: '',
    respondedAt: null,
  };
}

/**
 * The same things waiting in both communities, a little more in 东门: a matter and a comment to
 * review, a flagged matter, an overdue escalation and a meeting this afternoon.
 */
export async function workInBothCommunities(storage: Storage): Promise<void> {
  for (const [prefix, communityId] of [
    ['dm', 'c-dongmen'],
    ['xm', 'c-ximen'],
  ] as const) {
    await storedMatter(storage, { id: `${prefix}-pending`, communityId, state: 'pending_review' });
    await storedMatter(storage, { id: `${prefix}-flagged`, communityId, flagCount: 1, title: '广告贴满楼道' });
    await storedMatter(storage, {
      id: `${prefix}-late`,
      communityId,
      state: 'escalated',
      title: `${prefix} 路灯坏了一个月`,
      escalation: overdueEscalation(),
    });
    await storedMatter(storage, {
      id: `${prefix}-meeting`,
      communityId,
      state: 'consulting',
      title: `${prefix} 停车协商`,
    });
    await storage.consultations.create(
      aConsultation({
        id: `${prefix}-q`,
        matterId: `${prefix}-meeting`,
        communityId,
        scheduledAt: THIS_AFTERNOON,
        place: `${prefix} 会议室`,
      }),
    );
  }
  await storedMatter(storage, { id: 'dm-pending-2', communityId: 'c-dongmen', state: 'pending_review' });
}

/** A second cadre of 东门社区 (the seed has one), stored as the admin's role change would leave them. */
export async function secondCadre(storage: Storage): Promise<{ openid: string }> {
  const cadre = aUser({
    id: 'u-cadre-sun',
    openid: 'o-cadre-sun',
    name: '孙书记',
    role: 'cadre',
    communityIds: ['c-dongmen'],
    communityId: 'c-dongmen',
  });
  await storage.users.createIfAbsent(cadre);
  return { openid: cadre.openid };
}

export const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 };

/** 刘书记 publishes these slots on the next visit day in 东门社区; answers their ids. */
export async function publishedSlots(server: SeededBackend, slots: object[] = [station]): Promise<{ id: string }[]> {
  const published = await server.act('visit', 'u-cadre-liu', 'publishSlots', {
    communityId: 'c-dongmen',
    date: VISIT_DAY,
    slots,
  });
  return published.slots;
}

/** 刘书记's visit record with an open follow-up due on `dueDate`, stored as recordVisit leaves it. */
export async function openFollowUp(storage: Storage, id: string, dueDate: string): Promise<void> {
  const followUp = { dueDate, note: '回访楼道灯', state: 'open' as const, outcome: '', closedAt: null };
  await storage.visitRecords.save(aRecord({ id, cadreId: 'u-cadre-liu', communityId: 'c-dongmen', followUp }));
}
