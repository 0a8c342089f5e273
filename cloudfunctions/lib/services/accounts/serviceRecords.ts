import type { Deps } from '../../deps';
import type { LedgerEntryRecord, OrderRecord, VolunteerRecord } from '../../ports/service';
import { allPages, PAGE } from './allPages';

/**
 * What the service capability holds about one user (群众点单 · 双报到), read for the data export
 * and for 注销: the orders placed by them or for them (红色代办), the orders they took as a
 * volunteer, their reports in every community, and their hours ledger.
 */
export interface ServiceRecords {
  orders: OrderRecord[];
  servedOrders: OrderRecord[];
  volunteerReports: VolunteerRecord[];
  hours: LedgerEntryRecord[];
}

export async function serviceRecords(deps: Deps, userId: string): Promise<ServiceRecords> {
  const { storage } = deps;
  const [orders, servedOrders, volunteerReports, hours] = await Promise.all([
    allPages((after) => storage.orders.list({ residentId: userId, after, limit: PAGE })),
    allPages((after) => storage.orders.list({ claimantId: userId, after, limit: PAGE })),
    storage.personalData.listVolunteerReportsBy(userId),
    allPages((after) => storage.hoursLedger.list(userId, after, PAGE)),
  ]);
  return { orders, servedOrders, volunteerReports, hours };
}
