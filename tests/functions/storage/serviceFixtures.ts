import type {
  HoursLedgerRepository,
  OrderChange,
  OrderRepository,
  ServiceSetupRepository,
  VolunteerRepository,
} from '../../../cloudfunctions/lib/ports/service';

/** What the service storage contract needs of a storage. */
export interface ServiceStorage {
  volunteers: VolunteerRepository;
  serviceSetup: ServiceSetupRepository;
  orders: OrderRepository;
  hoursLedger: HoursLedgerRepository;
  close(): Promise<void>;
}

/** 接单 by `volunteerId` at `now`, as the service asks for it. */
export function claimBy(volunteerId: string, now = 2000): OrderChange {
  return { from: ['placed'], patch: { state: 'claimed', claimantId: volunteerId, claimedAt: now } };
}

/** 开始服务, only while `volunteerId` holds the order. */
export function startBy(volunteerId: string, now = 3000): OrderChange {
  return { from: ['claimed'], claimantId: volunteerId, patch: { state: 'in_progress', startedAt: now } };
}

/** The timer's escalation of an overdue order. */
export function escalation(now: number): OrderChange {
  return { from: ['placed'], notEscalated: true, patch: { escalatedAt: now } };
}
