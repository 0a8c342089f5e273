import type { AuditEntry } from '@domain/contract';
import type { CursorPosition } from '@domain/pagination';
import type {
  Community,
  Compound,
  Department,
  Directory,
  District,
  Grid,
  PropertyCompany,
  Street,
} from '@domain/places';
import type { CaseHolder } from '@domain/casework/holders';
import type { ElderMode, Role } from '@domain/users';
import type { UserSearch } from '@domain/userSearch';
import type { PersonalDataRepository } from './personalData';
import type { CommentRepository, MatterRepository } from './matters';
import type { ConsultationRepository } from './consultations';
import type { PhotoCheckRepository } from './photoChecks';
import type { HomeCountRepository } from './homeCounts';
import type { ExportJobRepository } from './exportJobs';
import type { LedgerSourceRepository } from './ledgerSources';
import type { MatterStatsRepository } from './matterStats';
import type {
  InboxRepository,
  JobRunRepository,
  NotificationWriter,
  OutboxRepository,
  SubscriptionRepository,
} from './notifications';
import type { ActivityRepository } from './activities';
import type { CaseRepository } from './casework';
import type { RoutingRepository } from './routing';
import type { CaseStatsRepository } from './caseStats';
import type { ServiceStatsRepository } from './serviceStats';
import type { HoursLedgerRepository, OrderRepository, ServiceSetupRepository, VolunteerRepository } from './service';
import type { BookingRepository, SlotRepository, VisitDayMoveRepository } from './visits';
import type { VisitRecordRepository } from './visitRecords';
import type { VisitStatsRepository } from './visitStats';

/** A user as stored. `communityIds` are the communities the user acts in. */
export interface UserRecord {
  id: string;
  openid: string;
  name: string;
  role: Role;
  communityIds: string[];
  communityId: string | null;
  /** A grid worker's grids; empty for every other role. */
  gridIds: string[];
  /** The street, department or property company a case role acts for (by role); else null. */
  orgId: string | null;
  gridId: string | null;
  compoundId: string | null;
  building: string;
  phone: string;
  /**
   * When WeChat vouched for `phone` (account.verifyPhone), or null: a typed-in number is not
   * verified, and a resident publishes (raise, comment) only with a verified one.
   */
  phoneVerifiedAt: number | null;
  elderMode: ElderMode;
  createdAt: number;
  updatedAt: number;
}

export interface ProfilePatch {
  name: string;
  communityId: string;
  communityIds: string[];
  gridId: string | null;
  compoundId: string | null;
  building: string;
  phone: string;
  /** Kept when the phone stays the same, null when it changes: a new number is not verified. */
  phoneVerifiedAt: number | null;
}

/** What an admin gives with a role: its communities and, for the case roles, grids or body. */
export interface RoleAssignment {
  role: Role;
  communityIds: string[];
  gridIds: string[];
  orgId: string | null;
}

export interface Page<T> {
  items: T[];
  /** Position of the last item when more may follow, else null. */
  next: CursorPosition | null;
}

export interface UserListQuery {
  role?: Role;
  communityId?: string;
  /** Part of the name, or the phone's last digits (src/domain/userSearch.ts). */
  search?: UserSearch | null;
  after: CursorPosition | null;
  limit: number;
}

export interface UserRepository {
  findById(id: string): Promise<UserRecord | null>;
  findByOpenid(openid: string): Promise<UserRecord | null>;
  /** The users with these ids, in no particular order (at most 100 ids: one page of authors). */
  findByIds(ids: readonly string[]): Promise<UserRecord[]>;
  /** Inserts the user unless one with the same openid exists; returns the stored one. */
  createIfAbsent(user: UserRecord): Promise<{ user: UserRecord; created: boolean }>;
  updateProfile(id: string, patch: ProfilePatch, now: number): Promise<UserRecord | null>;
  setElderMode(id: string, elderMode: ElderMode, now: number): Promise<UserRecord | null>;
  /** Stores the phone number WeChat vouched for, verified at `now`. */
  setVerifiedPhone(id: string, phone: string, now: number): Promise<UserRecord | null>;
  assignRole(id: string, assignment: RoleAssignment, now: number): Promise<UserRecord | null>;
  /** Newest first, keyset paginated on (createdAt, id). */
  list(query: UserListQuery): Promise<Page<UserRecord>>;
  /**
   * The people who act for a body that holds cases (街呼区应): the grid workers whose grids include
   * the grid, or the users of the street, department or property company (role = kind, orgId =
   * id). Id order; a body has tens of people, not thousands (at most 1000 are returned).
   */
  listBodyMembers(body: CaseHolder): Promise<UserRecord[]>;
}

export interface PlaceRepository {
  directory(): Promise<Directory>;
  /** One community by id: the hot paths need its settings, not the whole directory. */
  community(id: string): Promise<Community | null>;
  saveDistrict(district: District): Promise<void>;
  saveStreet(street: Street): Promise<void>;
  saveCommunity(community: Community): Promise<void>;
  saveGrid(grid: Grid): Promise<void>;
  saveCompound(compound: Compound): Promise<void>;
  saveDepartment(department: Department): Promise<void>;
  savePropertyCompany(company: PropertyCompany): Promise<void>;
}

export interface AuditRepository {
  /** Appends the entry unless one with its id exists (a retried command writes its line once). */
  append(entry: AuditEntry): Promise<void>;
  /** The entry with this id: a retried command recognises the action it recorded before failing. */
  findById(id: string): Promise<AuditEntry | null>;
  /** Newest first, keyset paginated on (at, id). */
  list(query: { after: CursorPosition | null; limit: number }): Promise<Page<AuditEntry>>;
  /** The lines of these actions only (审计记录), newest first, keyset paginated on (at, id). */
  listByActions(
    actions: readonly string[],
    query: { after: CursorPosition | null; limit: number },
  ): Promise<Page<AuditEntry>>;
}

/** What the idempotency store knows about a request id when a call arrives. */
export type ClaimResult =
  /**
   * This call may do the work. `earlierAttempt`: it took over the claim of an earlier attempt of
   * the same request (one that failed or was left stale), which may have written part of the
   * work; when false the request id was never claimed before (or was released by a refusal, which
   * writes nothing), so there is nothing of an earlier attempt to find.
   */
  | { state: 'claimed'; earlierAttempt: boolean }
  | { state: 'completed'; response: unknown }
  | { state: 'in_progress' }
  | { state: 'mismatch' };

export interface IdempotencyRepository {
  /**
   * Atomically claims `key` for this call. A claim older than `staleAfterMs` (a crashed call)
   * may be taken over. `fingerprint` tells a true retry from a reused id with other input.
   */
  claim(key: string, fingerprint: string, now: number, staleAfterMs: number): Promise<ClaimResult>;
  complete(key: string, response: unknown, now: number): Promise<void>;
  /**
   * Forgets the claim of a call that was refused before it wrote anything (services check
   * everything before their first write), so the id may be used again, even with other input.
   */
  release(key: string): Promise<void>;
  /**
   * Keeps the claim of a call that failed unexpectedly, after it may have written something,
   * and lets a retry with the same input take it over at once (`claimed`): the retry finds what
   * was written and completes the work. Another input under the same id is refused (`mismatch`).
   * On SQLite the call's unit of work rolls back the claim with everything else.
   */
  fail(key: string, now: number): Promise<void>;
  /** Forgets completed calls older than `before` (no client retries that late); returns how many. */
  purgeCompletedBefore(before: number): Promise<number>;
}

/** Everything the services keep. One adapter per storage engine implements all of it. */
export interface Storage {
  users: UserRepository;
  matters: MatterRepository;
  comments: CommentRepository;
  consultations: ConsultationRepository;
  photoChecks: PhotoCheckRepository;
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
  /** 民意5来听's figures and 民情书记's accountability, summed by the database (issue 16). */
  visitStats: VisitStatsRepository;
  /** 群众点单 · 双报到: volunteers, the community's teams, menu and stations, orders, hours. */
  volunteers: VolunteerRepository;
  serviceSetup: ServiceSetupRepository;
  orders: OrderRepository;
  hoursLedger: HoursLedgerRepository;
  /** 志愿活动: activities and their sign-ups. */
  activities: ActivityRepository;
  /** 街呼区应: the cases (案卷), one per dispatch of a matter. */
  cases: CaseRepository;
  /** 街呼区应: each street's routing table and SLA classes. */
  routing: RoutingRepository;
  /** Issue 16's figures of 志愿服务 and of 街呼区应's SLA, aggregated by the database. */
  serviceStats: ServiceStatsRepository;
  caseStats: CaseStatsRepository;
  places: PlaceRepository;
  audit: AuditRepository;
  idempotency: IdempotencyRepository;
  /** Writes inbox entries and outbox rows; inside a unit of work, with the change that caused them. */
  notifications: NotificationWriter;
  inbox: InboxRepository;
  outbox: OutboxRepository;
  subscriptions: SubscriptionRepository;
  jobRuns: JobRunRepository;
  /** One user's data as a whole: what the export reads beyond the other ports, and 注销's erasure. */
  personalData: PersonalDataRepository;
  /** The counts the role homes show, counted by the database. */
  homeCounts: HomeCountRepository;
  /** Ledger exports (台账) in steps, and the rows they read, a keyset page at a time. */
  exportJobs: ExportJobRepository;
  ledgerSources: LedgerSourceRepository;
  /** 居民说事 figures (issue 16), by aggregation. */
  matterStats: MatterStatsRepository;
  /**
   * Runs one call as one unit. SQLite: one transaction (calls take turns), so a change and the
   * notifications it causes are kept or lost together. CloudBase has no multi-document
   * transactions here: each write stands alone and the outbox relies on deterministic ids, so
   * a retried call finds what it wrote before. Nested units join the outer one.
   */
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
