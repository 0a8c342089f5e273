import { AppError } from '../errors';

/**
 * Volunteer activities (志愿活动): the committee publishes one for itself or for a 红帆驿站 (time,
 * place, headcount, sign-up deadline); approved volunteers sign up for its seats (a waitlist when
 * it is full, promoted in order when someone withdraws, like visit bookings), then sign in and out
 * at the place with the rotating code on the organiser's phone (signInCodes). Signing out credits
 * the span inside the activity to the hours ledger, if it covers at least 60% (hours.creditMinutes).
 */
export const activityStates = ['published', 'cancelled'] as const;
export type ActivityState = (typeof activityStates)[number];

export const signUpStates = ['enrolled', 'waitlisted', 'withdrawn'] as const;
export type SignUpState = (typeof signUpStates)[number];

export const signUpStateLabels: Record<SignUpState, string> = {
  enrolled: '已报名',
  waitlisted: '候补中',
  withdrawn: '已取消报名',
};

/** Where an activity stands for its readers, by the server's clock. */
export const activityPhases = ['open', 'closed', 'ongoing', 'ended', 'cancelled'] as const;
export type ActivityPhase = (typeof activityPhases)[number];

export const activityPhaseLabels: Record<ActivityPhase, string> = {
  open: '报名中',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
};

const MINUTE_MS = 60_000;

/** Signing in opens this long before the start: volunteers arrive early to set up. */
export const SIGN_IN_OPENS_BEFORE_MS = 30 * MINUTE_MS;
/** Signing out is accepted until this long after the end: the last ones tidy up and go. */
export const SIGN_OUT_CLOSES_AFTER_MS = 2 * 60 * MINUTE_MS;
/** The longest activity: a day's work. An activity may run across midnight. */
export const MAX_ACTIVITY_MS = 24 * 60 * MINUTE_MS;
export const MAX_HEADCOUNT = 200;

export interface ActivityTimes {
  state: ActivityState;
  startAt: number;
  endAt: number;
  signUpClosesAt: number;
}

export function activityPhase(activity: ActivityTimes, now: number): ActivityPhase {
  if (activity.state === 'cancelled') return 'cancelled';
  if (now >= activity.endAt) return 'ended';
  if (now >= activity.startAt) return 'ongoing';
  return now < activity.signUpClosesAt ? 'open' : 'closed';
}

/** Signing up and withdrawing are open until the sign-up deadline (the organiser plans with the list then). */
export function assertSignUpOpen(activity: ActivityTimes, now: number): void {
  const phase = activityPhase(activity, now);
  if (phase === 'cancelled') throw new AppError('INVALID_STATE', '活动已取消');
  if (phase !== 'open') throw new AppError('DEADLINE_PASSED', '报名已截止，如需调整请联系活动组织者');
}

export function assertSignInOpen(activity: ActivityTimes, now: number): void {
  if (activity.state === 'cancelled') throw new AppError('INVALID_STATE', '活动已取消');
  if (now < activity.startAt - SIGN_IN_OPENS_BEFORE_MS) {
    throw new AppError('INVALID_STATE', '活动开始前30分钟才能签到');
  }
  if (now >= activity.endAt) throw new AppError('INVALID_STATE', '活动已结束，不能再签到');
}

export function assertSignOutOpen(activity: ActivityTimes, now: number): void {
  if (activity.state === 'cancelled') throw new AppError('INVALID_STATE', '活动已取消');
  if (now > activity.endAt + SIGN_OUT_CLOSES_AFTER_MS) {
    throw new AppError('INVALID_STATE', '已超过签退时间（活动结束后2小时内）');
  }
}

/** Seats left, never below zero (an organiser may lower the headcount under the enrolled). */
export function seatsLeft(headcount: number, enrolled: number): number {
  return Math.max(0, headcount - enrolled);
}

export interface ActivityTimeInput {
  /** Epoch ms of the start and end; an end before the start's time of day means the next day. */
  startAt: number;
  endAt: number;
  signUpClosesAt: number;
}

/** A new activity's times: in the future, at most a day long, sign-up closing by the start. */
export function assertActivityTimes(times: ActivityTimeInput, now: number): void {
  if (times.startAt <= now) throw new AppError('BAD_INPUT', '活动开始时间须晚于现在');
  if (times.endAt <= times.startAt) throw new AppError('BAD_INPUT', '结束时间须晚于开始时间');
  if (times.endAt - times.startAt > MAX_ACTIVITY_MS) throw new AppError('BAD_INPUT', '活动最长24小时');
  if (times.signUpClosesAt > times.startAt) throw new AppError('BAD_INPUT', '报名截止须不晚于活动开始');
  if (times.signUpClosesAt <= now) throw new AppError('BAD_INPUT', '报名截止时间须晚于现在');
}
