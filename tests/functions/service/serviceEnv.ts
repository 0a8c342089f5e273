import { shanghaiDateOf } from '@domain/time';
import type { EngineName } from '../../support/storages';
import { seededBackend, type Caller } from '../../support/seededBackend';

/** The day after the test clock's today (Asia/Shanghai): when an order's service is wanted. */
export function tomorrow(now: number): string {
  return shanghaiDateOf(now + 86_400_000);
}

export const COMMITTEE = 'u-committee-chen';
export const VOLUNTEER = 'u-resident-li';
export const RESIDENT = 'u-resident-zhang';

/**
 * The demo community 东门社区 with the service capability set up: the starter menu adopted, and 李明
 * reported as a volunteer and approved by the committee. Calls answer data or throw.
 */
export async function serviceSetup(engine: EngineName) {
  const backend = await seededBackend({ engine });
  const call = (caller: Caller, action: string, data: unknown = {}, id?: string) =>
    backend.call('service', caller, action, data, id);
  const act = <T = any>(caller: Caller, action: string, data: unknown = {}) =>
    backend.act<T>('service', caller, action, data);
  const { items } = await act(COMMITTEE, 'adoptStarterMenu', {});
  const itemNamed = (name: string) => items.find((i: { name: string }) => i.name === name);
  await approveVolunteer(VOLUNTEER);

  async function approveVolunteer(userId: string | { openid: string }, extra: Record<string, unknown> = {}) {
    const { volunteer } = await act(userId, 'reportVolunteer', {
      partyMember: true,
      workUnit: '市供电公司',
      skills: '会修电器',
      categories: ['errand', 'repair'],
      availability: '周末',
    });
    await act(COMMITTEE, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve', ...extra });
    return volunteer;
  }

  /** An order for 代办证件 as `caller` (a resident), wanted tomorrow. */
  function orderFields(name = '代办证件') {
    return {
      itemId: itemNamed(name).id,
      details: '帮忙续办老年证，证件照已备好',
      wantedDate: tomorrow(backend.deps.clock.now()),
      wantedPeriod: 'morning',
      address: '幸福小区3号楼2单元501',
      contactPhone: '13800138000',
    };
  }

  async function placed(caller: Caller = RESIDENT, name = '代办证件') {
    return (await act(caller, 'placeOrder', orderFields(name))).order;
  }

  return { ...backend, call, act, items, itemNamed, approveVolunteer, orderFields, placed };
}
