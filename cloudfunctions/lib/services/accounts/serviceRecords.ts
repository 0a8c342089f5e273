import type { Deps } from '../../deps';
import type { SignUpRecord } from '../../ports/activities';
import type { LedgerEntryRecord, OrderRecord, VolunteerRecord } from '../../ports/service';
import { allPages, PAGE } from './allPages';

/**
 * What the service capability holds about one user (群众点单 · 双报到), read for the data export
 * and for 注销: the orders placed by them or for them (红色代办), the orders they took as a
 * volunteer, their reports in every community, their hours ledger and their activity sign-ups.
 */
export interface ServiceRecords {
  orders: OrderRecord[];
  servedOrders: OrderRecord[];
  volunteerReports: VolunteerRecord[];
  hours: LedgerEntryRecord[];
  /** Their 志愿活动 sign-ups, attended or not, oldest first. */
  activitySignUps: SignUpRecord[];
}

export async function serviceRecords(deps: Deps, userId: string): Promise<ServiceRecords> {
  const { storage } = deps;
  const [orders, servedOrders, volunteerReports, hours, activitySignUps] = await Promise.all([
    allPages((after) => storage.orders.list({ residentId: userId, after, limit: PAGE })),
    allPages((after) => storage.orders.list({ claimantId: userId, after, limit: PAGE })),
    storage.personalData.listVolunteerReportsBy(userId),
    allPages((after) => storage.hoursLedger.list(userId, after, PAGE)),
    storage.activities.signUpsOfUser(userId),
  ]);
  return { orders, servedOrders, volunteerReports, hours, activitySignUps };
}
