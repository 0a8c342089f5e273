import type { CursorPosition } from '@domain/pagination';
import type { ServiceCategory } from '@domain/service/categories';
import type { LedgerKind } from '@domain/service/hours';
import type { ServiceTaker } from '@domain/service/menu';
import type { OrderState } from '@domain/service/orders';
import type { VolunteerState } from '@domain/service/volunteers';
import type { OnBehalfRecord } from './onBehalf';
import type { Page } from './storage';

/**
 * Storage of the service capability (群众点单 · 红色代办 · 双报到): volunteers who reported to a
 * community, its service menu and 红帆驿站, residents' service orders, and each volunteer's hours
 * ledger. Each method is one atomic step on both engines: of concurrent claims of one order
 * exactly one wins, and the ledger is only ever appended to.
 */

export interface VolunteerRecord {
  /** `<communityId>:<userId>`: one report per person per community. */
  id: string;
  userId: string;
  communityId: string;
  state: VolunteerState;
  /** The name the person reported under (their account name when they reported). */
  name: string;
  partyMember: boolean;
  /** For in-service party members: where they work (在职党员双报到). */
  workUnit: string;
  /** What they can do, in their words. */
  skills: string;
  categories: ServiceCategory[];
  /** When they are usually free, in their words (`周末上午`, `工作日晚上`). */
  availability: string;
  /** Where the committee placed them. */
  gridId: string | null;
  teamId: string | null;
  stationId: string | null;
  returnReason: string;
  reportedAt: number;
  reviewedAt: number | null;
  reviewedBy: string | null;
  updatedAt: number;
}

export interface VolunteerListQuery {
  communityId: string;
  state?: VolunteerState;
  after: CursorPosition | null;
  limit: number;
}

export interface VolunteerRepository {
  findById(id: string): Promise<VolunteerRecord | null>;
  /** The people's volunteer records in one community (at most 100 user ids). */
  findByUsers(communityId: string, userIds: readonly string[]): Promise<VolunteerRecord[]>;
  /**
   * Stores a report: a new one, or a pending or returned one replaced (reported again). Refused
   * (false) when the stored one is approved: a report never undoes an approval.
   */
  report(record: VolunteerRecord): Promise<boolean>;
  /**
   * The committee's review of a pending report: the new state and placement, conditional on it
   * still being pending (of two reviewers one wins). False when it is not pending any more.
   */
  review(
    id: string,
    review: Pick<VolunteerRecord, 'state' | 'returnReason' | 'gridId' | 'teamId' | 'stationId' | 'reviewedBy'>,
    now: number,
  ): Promise<boolean>;
  /** An approved volunteer placed elsewhere (grid, team, station). False unless approved. */
  place(id: string, placement: Pick<VolunteerRecord, 'gridId' | 'teamId' | 'stationId'>, now: number): Promise<boolean>;
  /** Newest report first, keyset paginated on (reportedAt, id). */
  list(query: VolunteerListQuery): Promise<Page<VolunteerRecord>>;
}

export interface VolunteerTeamRecord {
  id: string;
  communityId: string;
  name: string;
  createdAt: number;
}

export interface ServiceItemRecord {
  id: string;
  communityId: string;
  name: string;
  description: string;
  category: ServiceCategory;
  takenBy: ServiceTaker;
  takerId: string | null;
  responseHours: number;
  standardMinutes: number;
  active: boolean;
  /** Menu order. */
  position: number;
  updatedAt: number;
}

export interface StationRecord {
  id: string;
  communityId: string;
  name: string;
  address: string;
  /** `每天 8:00-20:00`, in the committee's words. */
  openingHours: string;
  contactPhone: string;
  /** Menu items whose orders this station takes. */
  itemIds: string[];
  /** Minutes on foot from each compound the committee entered, by compound id. */
  walkMinutes: Record<string, number>;
  updatedAt: number;
}

/** A community's setup for the service capability: teams, menu and stations. */
export interface ServiceSetupRepository {
  listTeams(communityId: string): Promise<VolunteerTeamRecord[]>;
  saveTeam(team: VolunteerTeamRecord): Promise<void>;
  /** The menu in its order, inactive items included (the committee's editor shows them). */
  listItems(communityId: string): Promise<ServiceItemRecord[]>;
  findItem(id: string): Promise<ServiceItemRecord | null>;
  saveItem(item: ServiceItemRecord): Promise<void>;
  listStations(communityId: string): Promise<StationRecord[]>;
  findStation(id: string): Promise<StationRecord | null>;
  saveStation(station: StationRecord): Promise<void>;
}

/** 红色代办: staff acting for a resident who has no phone (an elderly person at the door). */
export interface OrderRecord {
  id: string;
  communityId: string;
  itemId: string;
  /** The menu item as it was when ordered: a later edit of the menu does not change the order. */
  itemName: string;
  category: ServiceCategory;
  takenBy: ServiceTaker;
  takerId: string | null;
  standardMinutes: number;
  /** Null for a resident without an account, ordered for by staff (named in `onBehalf`). */
  residentId: string | null;
  onBehalf: OnBehalfRecord | null;
  /** What is needed, in the resident's words. */
  details: string;
  /** `YYYY-MM-DD` (Asia/Shanghai) the resident would like it done, and which part of that day. */
  wantedDate: string;
  wantedPeriod: 'morning' | 'afternoon' | 'evening' | 'any';
  address: string;
  /** Shown in full only to the resident, the claimant and the committee. */
  contactPhone: string;
  state: OrderState;
  claimantId: string | null;
  claimedAt: number | null;
  startedAt: number | null;
  doneAt: number | null;
  closedAt: number | null;
  rating: number | null;
  thanks: string;
  /** The last reason given: a cancel's, a give-back's, a dispute's or the committee's. */
  reason: string;
  placedAt: number;
  respondBy: number;
  escalatedAt: number | null;
  updatedAt: number;
}

/** A state change as the repository applies it: conditional on the order's state (and claimant). */
export interface OrderChange {
  from: readonly OrderState[];
  /** When set, the change applies only while this volunteer holds the order. */
  claimantId?: string | null;
  /**
   * When true, the change applies only to an order not escalated yet: of two timer runs that
   * escalate the same overdue order, one does (the state alone cannot tell, it stays placed).
   */
  notEscalated?: boolean;
  patch: Partial<
    Pick<
      OrderRecord,
      | 'state'
      | 'claimantId'
      | 'claimedAt'
      | 'startedAt'
      | 'doneAt'
      | 'closedAt'
      | 'rating'
      | 'thanks'
      | 'reason'
      | 'escalatedAt'
    >
  >;
}

export interface OrderListQuery {
  communityId?: string;
  residentId?: string;
  claimantId?: string;
  states?: readonly OrderState[];
  after: CursorPosition | null;
  limit: number;
}

export interface OrderRepository {
  /** Stores a new order unless one with its id exists (a retried place); returns the stored one. */
  place(order: OrderRecord): Promise<OrderRecord>;
  findById(id: string): Promise<OrderRecord | null>;
  /**
   * Applies the change atomically if the order is still in one of `from` (and held by
   * `claimantId` when given): of concurrent claims of one order exactly one gets true. Returns the
   * order as stored after the change, or null when the condition did not hold, unless the order
   * already stands as the change would leave it (the patch's state, and its claimant when the patch
   * or the condition names one): that is a retry of the same change, answered with the stored order.
   */
  change(id: string, change: OrderChange, now: number): Promise<OrderRecord | null>;
  /**
   * Newest placed first, keyset paginated on (placedAt, id), matching every filter given; `states`
   * absent means every state. With none of communityId, residentId and claimantId the page is
   * empty: the services always scope a list.
   */
  list(query: OrderListQuery): Promise<Page<OrderRecord>>;
  /**
   * Placed orders past their response time (respondBy < now) not yet escalated, the longest
   * overdue first (respondBy, then id): the timer's batch.
   */
  listOverdueForClaim(now: number, limit: number): Promise<OrderRecord[]>;
  /**
   * Erases the address and phone of orders closed (confirmed or cancelled) at or before `before`:
   * the privacy guide's retention. Orders already erased do not match, so each night touches
   * only those that came of age since. Returns how many changed.
   */
  eraseContactsClosedBefore(before: number): Promise<number>;
}

export interface LedgerEntryRecord {
  /** Deterministic per cause (`order:<orderId>`, ...), so a retried command appends once. */
  id: string;
  volunteerUserId: string;
  communityId: string;
  kind: LedgerKind;
  /** Signed: a correction may take minutes away. */
  minutes: number;
  /** What the hours are for: an order, an activity, or the reason an organiser gave. */
  refId: string | null;
  note: string;
  /** Evidence for honour hours (a photo id or document reference), else ''. */
  evidence: string;
  recordedBy: string;
  at: number;
}

/** How many volunteers one totals call may ask about: one page of a list. */
export const MAX_TOTALS_IDS = 100;

export interface HoursLedgerRepository {
  /** Appends the entry unless one with its id exists; returns whether it was new. Entries never change. */
  append(entry: LedgerEntryRecord): Promise<boolean>;
  /** Newest first, keyset paginated on (at, id). */
  list(volunteerUserId: string, after: CursorPosition | null, limit: number): Promise<Page<LedgerEntryRecord>>;
  /** Total minutes per volunteer (0 for one with no entries), for stars; at most 100 ids (one page). */
  totals(volunteerUserIds: readonly string[]): Promise<Map<string, number>>;
}
