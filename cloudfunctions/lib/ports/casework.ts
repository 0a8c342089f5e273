import type { CaseHolder, CaseState, ExtensionRequest, HolderKind, RoutingOverride, SlaClass } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { CursorPosition } from '@domain/pagination';
import type { Page } from './storage';

/**
 * Storage of 街呼区应 cases (案卷): one per dispatch of a matter to the body that answers for it.
 * Each method is one atomic step on both engines: of concurrent accepts exactly one wins, and a
 * matter has at most one open case (dispatched, accepted, returned, long_term, handled) however
 * many dispatches race, so the storage itself refuses a second one.
 */

/** 挂账: what the holder plans, and when the plan is looked at again. */
export interface CaseLongTerm {
  plan: string;
  reviewAt: number;
}

/** 处理反馈: what was done, with photos. */
export interface CaseFeedback {
  text: string;
  photoIds: string[];
  at: number;
  by: string;
}

/** 核查: on site, by someone other than the handler. */
export interface CaseVerification {
  outcome: 'passed' | 'sentBack';
  note: string;
  at: number;
  by: string;
}

export interface CaseRecord {
  /** Derived from the dispatching request id by the service: a retried dispatch finds its case. */
  id: string;
  matterId: string;
  communityId: string;
  streetId: string;
  gridId: string | null;
  compoundId: string | null;
  category: MatterCategory;
  holder: CaseHolder;
  slaClass: SlaClass;
  state: CaseState;
  dispatchedAt: number;
  /** The clock's due time; an approved extension moves it (once per dispatch). */
  dueAt: number;
  /** The committee member's user id, or 'system' for a grid worker's patrol report. */
  dispatchedBy: string;
  override: RoutingOverride | null;
  acceptedAt: number | null;
  acceptedBy: string | null;
  returnReason: string;
  extension: ExtensionRequest | null;
  longTerm: CaseLongTerm | null;
  feedback: CaseFeedback | null;
  verification: CaseVerification | null;
  withdrawReason: string;
  /** The case this one re-routes (the returned one), or null for a first dispatch. */
  previousCaseId: string | null;
  /** When the timer should look at the case next (80%, then 100% of the span), or null. */
  nextReminderAt: number | null;
  updatedAt: number;
}

export type CasePatch = Partial<
  Pick<
    CaseRecord,
    | 'state'
    | 'dueAt'
    | 'acceptedAt'
    | 'acceptedBy'
    | 'returnReason'
    | 'extension'
    | 'longTerm'
    | 'feedback'
    | 'verification'
    | 'withdrawReason'
    | 'nextReminderAt'
  >
>;

/** A step as the repository applies it: conditional on the case's state, and more when given. */
export interface CaseChange {
  from: readonly CaseState[];
  /** When set, the change applies only while this body holds the case. */
  holder?: CaseHolder;
  /**
   * When set, the change applies only if this user did not give the feedback: 核查 by the handler
   * is refused by the storage too, not only by the service's check made before.
   */
  notHandledBy?: string;
  /**
   * When set, the change applies only while the extension request is absent ('none': one request
   * per dispatch) or still pending ('pending': of two street users deciding, one does). The state
   * alone cannot tell: both steps leave the case accepted.
   */
  extensionIs?: 'none' | 'pending';
  patch: CasePatch;
}

/** How the street's re-route (改派) ends the case it replaces: withdrawn, with the reason. */
export interface CaseReroute {
  from: readonly CaseState[];
  withdrawReason: string;
}

/** The street's supervision view: its open cases, soonest due first. */
export interface OpenCaseQuery {
  streetId: string;
  communityId?: string;
  holderKind?: HolderKind;
  /** Only with `holderKind`: one body's cases. */
  holderId?: string;
  /** Only cases due before this time whose clock runs (dispatched, accepted, returned). */
  overdueAt?: number;
  /** Only open cases in these states (the ones waiting for the on-site check); not with `overdueAt`. */
  states?: readonly CaseState[];
  after: CursorPosition | null;
  limit: number;
}

/** A body's inbox: its cases in these states, soonest due first. */
export interface HolderCaseQuery {
  holder: CaseHolder;
  states: readonly CaseState[];
  after: CursorPosition | null;
  limit: number;
}

/** One community's open cases in the street's view, and how many of them are overdue. */
export interface OpenCaseCount {
  communityId: string;
  open: number;
  /** Past due at the time asked while the clock runs (dispatched, accepted, returned). */
  overdue: number;
}

export interface CaseRepository {
  /**
   * Stores a new case unless one with its id exists (a retried dispatch): returns the stored one.
   * Null when the matter already has another open case: of two concurrent dispatches of one
   * matter, one creates its case and the other gets null.
   */
  create(record: CaseRecord): Promise<CaseRecord | null>;
  findById(id: string): Promise<CaseRecord | null>;
  findOpenForMatter(matterId: string): Promise<CaseRecord | null>;
  /**
   * Applies the change atomically if the case is still in one of `from` (and the other conditions
   * hold). Returns the case as stored after it, or null when a condition did not hold, unless the
   * case already stands as the change would leave it (a retry after a lost answer: the same state
   * and the same people and words in the patch), then the stored case. A change to a final state
   * (verified, withdrawn) frees the matter for another dispatch.
   */
  change(id: string, change: CaseChange, now: number): Promise<CaseRecord | null>;
  /**
   * 改派: withdraws the case (if in one of `from`) and creates `next` in its place, whose
   * `previousCaseId` is `id`. Returns both as stored, or null when the case could not be
   * withdrawn or the matter was taken by another dispatch meanwhile. A retry returns both again.
   */
  reroute(
    id: string,
    reroute: CaseReroute,
    next: CaseRecord,
    now: number,
  ): Promise<{ previous: CaseRecord; next: CaseRecord } | null>;
  /** Keyset paginated on (dueAt, id), ascending. */
  listOpen(query: OpenCaseQuery): Promise<Page<CaseRecord>>;
  /** Keyset paginated on (dueAt, id), ascending. */
  listForHolder(query: HolderCaseQuery): Promise<Page<CaseRecord>>;
  /**
   * The street's open cases counted per community (communities without any are left out), the
   * overdue ones at `overdueAt`: the supervision view's filters, counted by the database.
   */
  countOpenByCommunity(streetId: string, overdueAt: number): Promise<OpenCaseCount[]>;
  /** Open cases with nextReminderAt <= now, the longest waiting first (nextReminderAt, id). */
  listReminderDue(now: number, limit: number): Promise<CaseRecord[]>;
  /** Every case of a matter, oldest dispatch first: the matter page's history. */
  listForMatter(matterId: string): Promise<CaseRecord[]>;
}
