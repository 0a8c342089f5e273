import { AppError } from '../errors';
import { formatShanghai } from '../time';
import { checkExtensionHours, extendClock, type CaseClock } from './sla';

/*
 * The checks a step needs beyond "which state, which actor" (transitions.ts): they read the case's
 * data. The return window is in workingHours.ts (assertCanReturn).
 */

/** One extension request per dispatch; a refusal uses it up too (no asking again and again). */
export interface ExtensionRequest {
  hours: number;
  reason: string;
  requestedAt: number;
  requestedBy: string;
  decision: 'pending' | 'approved' | 'refused';
  decidedAt: number | null;
  decidedBy: string | null;
}

/**
 * A holder may ask once per dispatch, before the due time (an answer already late is not extended
 * after the fact), for at most the class's own length.
 */
export function assertCanRequestExtension(
  clock: CaseClock,
  existing: ExtensionRequest | null,
  hours: number,
  now: number,
): void {
  if (existing !== null || clock.extendedHours !== null) {
    throw new AppError('INVALID_STATE', '本次派遣已申请过延期，每次派遣只能申请一次');
  }
  if (now >= clock.dueAt) {
    throw new AppError(
      'DEADLINE_PASSED',
      `答复期限（${formatShanghai(clock.dueAt, 'M月D日HH:mm')}）已过，不能再申请延期，请尽快处理反馈`,
    );
  }
  checkExtensionHours(clock.slaClass, hours);
}

/** The street approves or refuses the pending request; an approval moves the due time. */
export function decideExtension(
  clock: CaseClock,
  request: ExtensionRequest | null,
  approve: boolean,
  decidedBy: string,
  now: number,
): { clock: CaseClock; request: ExtensionRequest } {
  if (request === null || request.decision !== 'pending') {
    throw new AppError('INVALID_STATE', '没有待审批的延期申请');
  }
  const decided: ExtensionRequest = {
    ...request,
    decision: approve ? 'approved' : 'refused',
    decidedAt: now,
    decidedBy,
  };
  return { clock: approve ? extendClock(clock, request.hours) : clock, request: decided };
}

/** Who stands before a handled case, as the service finds them in the users and places. */
export interface VerifierCandidate {
  userId: string;
  /** A grid worker assigned to the matter's grid. */
  gridWorkerOfMatterGrid: boolean;
  /** A committee member of the matter's community. */
  committeeOfCommunity: boolean;
}

/** 核查 is on site by someone other than the handler: never the user who gave the feedback. */
export function assertVerifier(candidate: VerifierCandidate, feedbackBy: string): void {
  if (!candidate.gridWorkerOfMatterGrid && !candidate.committeeOfCommunity) {
    throw new AppError('FORBIDDEN', '只有本网格的网格员或本社区居委会可以核查');
  }
  if (candidate.userId === feedbackBy) {
    throw new AppError('FORBIDDEN', '处理反馈的人不能核查自己办理的案件，请由其他网格员或社区居委会核查');
  }
}

export function isVerifier(candidate: VerifierCandidate, feedbackBy: string): boolean {
  try {
    assertVerifier(candidate, feedbackBy);
    return true;
  } catch {
    return false;
  }
}

const DAY_MS = 24 * 3_600_000;
/** A 挂账 plan is reviewed within a year: longer is not a plan. */
export const MAX_LONG_TERM_REVIEW_DAYS = 365;

/** 挂账 needs a plan and a review date in the future, within a year. */
export function assertLongTermReview(reviewAt: number, now: number): void {
  if (reviewAt <= now || reviewAt > now + MAX_LONG_TERM_REVIEW_DAYS * DAY_MS) {
    throw new AppError('BAD_INPUT', `复查日期应在今天之后的${MAX_LONG_TERM_REVIEW_DAYS}天内`);
  }
}
