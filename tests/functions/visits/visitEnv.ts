import { seededBackend } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';

// Tests read the answers field by field; the handler tests pin the envelope's shape.
export type Call = (action: string, data?: unknown) => Promise<any>;

export const VISIT_DAY = '2026-12-05'; // the next visit day after the test clock's 2026-11-27

export async function setup(engine: EngineName) {
  const server = await seededBackend({ engine });
  const { storage, deps } = server;
  const as =
    (userId: string): Call =>
    (action, data) =>
      server.call('visit', userId, action, data);
  async function newResident(openid: string, communityId = 'c-dongmen'): Promise<Call> {
    const resident = await server.newResident(openid, '居民', communityId);
    return (action, data) => server.call('visit', resident, action, data);
  }
  async function publish(slots: object[], date = VISIT_DAY, communityId = 'c-dongmen') {
    const result = await as('u-cadre-liu')('publishSlots', { communityId, date, slots });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.slots as { id: string }[];
  }
  return { storage, deps, as, newResident, publish, call: server.call };
}

export const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 };
export const home = { start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 3 };
export const booking = { topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };
