import type { OrderView, ServiceItemView, StationView, VolunteerView } from '@domain/service/views';
import { seededBackend } from '../support/seededBackend';

export const RESIDENT = 'u-resident-zhang';
export const VOLUNTEER = 'u-resident-li';
export const COMMITTEE = 'u-committee-chen';

/**
 * The real server behind the 群众点单 · 双报到 page tests: the demo seed in an in-memory SQLite,
 * where 东门社区's committee (陈秀英) sets up the menu and stations, 李明 reports as a volunteer and
 * 张桂兰 orders, all through the `service` actions, before a page renders as one of them.
 */
export async function serviceBackend() {
  const server = await seededBackend();

  /** Calls a `service` action as a demo user outside the page; fails the test if refused. */
  function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown = {}): Promise<T> {
    return server.act<T>('service', userId, action, data);
  }

  /** The committee adopts the starter menu (代办证件, 陪同就医 ...). */
  async function menu(): Promise<ServiceItemView[]> {
    return (await act<{ items: ServiceItemView[] }>(COMMITTEE, 'adoptStarterMenu')).items;
  }

  const itemNamed = (items: ServiceItemView[], name: string) => items.find((item) => item.name === name)!;

  async function station(fields: Record<string, unknown>): Promise<StationView> {
    const input = { address: '东门路1号', openingHours: '每天 8:00-20:00', contactPhone: '0537-2345678', ...fields };
    return (await act<{ station: StationView }>(COMMITTEE, 'saveStation', input)).station;
  }

  /** A resident reports (双报到) and, unless told otherwise, the committee approves or returns it. */
  async function volunteer(userId = VOLUNTEER, decision: 'approve' | 'return' | 'none' = 'approve', reason = '') {
    const report = { partyMember: true, workUnit: '市人民医院', skills: '会修水电', categories: ['errand', 'repair'] };
    const { volunteer: reported } = await act<{ volunteer: VolunteerView }>(userId, 'reportVolunteer', report);
    if (decision === 'none') return reported;
    const answer = await act<{ volunteer: VolunteerView }>(COMMITTEE, 'reviewVolunteer', {
      volunteerId: reported.id,
      decision,
      reason,
    });
    return answer.volunteer;
  }

  /** A resident orders an item. */
  async function order(itemId: string, extra: Record<string, unknown> = {}, userId = RESIDENT): Promise<OrderView> {
    const input = {
      itemId,
      details: '身份证到期了，想请人帮忙代办换证',
      wantedDate: '2026-11-30',
      wantedPeriod: 'morning',
      address: '幸福小区3号楼2单元501',
      contactPhone: '13805371234',
      ...extra,
    };
    return (await act<{ order: OrderView }>(userId, 'placeOrder', input)).order;
  }

  /** Takes an order through its steps as the given people (claim, start, finish ...). */
  async function step(orderId: string, userId: string, action: string, extra: Record<string, unknown> = {}) {
    return (await act<{ order: OrderView }>(userId, action, { orderId, ...extra })).order;
  }

  return { ...server, act, menu, itemNamed, station, volunteer, order, step };
}

export type ServiceScene = Awaited<ReturnType<typeof serviceBackend>>;
