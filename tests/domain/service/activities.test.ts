import { AppError } from '@domain/errors';
import {
  activityPhase,
  assertActivityTimes,
  assertSignInOpen,
  assertSignOutOpen,
  assertSignUpOpen,
  seatsLeft,
  type ActivityTimes,
} from '@domain/service/activities';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 2026-12-10 22:00 Asia/Shanghai, running 4 hours across midnight to 02:00. */
const START = Date.UTC(2026, 11, 10, 14, 0);
const late: ActivityTimes = {
  state: 'published',
  startAt: START,
  endAt: START + 4 * HOUR,
  signUpClosesAt: START - 24 * HOUR,
};

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('activity phases by the clock', () => {
  it('is open the day before until the deadline, closed until the start, ongoing across midnight, then ended', () => {
    expect(activityPhase(late, START - 25 * HOUR)).toBe('open');
    expect(activityPhase(late, late.signUpClosesAt - 1)).toBe('open');
    expect(activityPhase(late, late.signUpClosesAt)).toBe('closed');
    expect(activityPhase(late, START - 1)).toBe('closed');
    expect(activityPhase(late, START)).toBe('ongoing');
    // Midnight in Shanghai falls inside it: still the same activity, still ongoing.
    expect(activityPhase(late, Date.UTC(2026, 11, 10, 16, 0))).toBe('ongoing');
    expect(activityPhase(late, late.endAt)).toBe('ended');
    expect(activityPhase({ ...late, state: 'cancelled' }, START)).toBe('cancelled');
  });
});

describe('sign-up, sign-in and sign-out windows', () => {
  it('takes sign-ups and withdrawals until the deadline only', () => {
    expect(codeOf(() => assertSignUpOpen(late, START - 48 * HOUR))).toBeNull();
    expect(codeOf(() => assertSignUpOpen(late, late.signUpClosesAt))).toBe('DEADLINE_PASSED');
    expect(codeOf(() => assertSignUpOpen(late, START + HOUR))).toBe('DEADLINE_PASSED');
    expect(codeOf(() => assertSignUpOpen({ ...late, state: 'cancelled' }, START - 48 * HOUR))).toBe('INVALID_STATE');
  });

  it('signs in from 30 minutes before the start until the end, across midnight', () => {
    expect(codeOf(() => assertSignInOpen(late, START - 31 * MINUTE))).toBe('INVALID_STATE');
    expect(codeOf(() => assertSignInOpen(late, START - 30 * MINUTE))).toBeNull();
    expect(codeOf(() => assertSignInOpen(late, START + 3 * HOUR))).toBeNull();
    expect(codeOf(() => assertSignInOpen(late, late.endAt))).toBe('INVALID_STATE');
  });

  it('signs out until 2 hours after the end', () => {
    expect(codeOf(() => assertSignOutOpen(late, late.endAt + 2 * HOUR))).toBeNull();
    expect(codeOf(() => assertSignOutOpen(late, late.endAt + 2 * HOUR + 1))).toBe('INVALID_STATE');
    expect(codeOf(() => assertSignOutOpen({ ...late, state: 'cancelled' }, START))).toBe('INVALID_STATE');
  });

  it('counts seats left never below zero', () => {
    expect(seatsLeft(10, 3)).toBe(7);
    expect(seatsLeft(2, 3)).toBe(0);
  });
});

describe('a new activity’s times', () => {
  const now = START - 48 * HOUR;
  const times = { startAt: START, endAt: START + 4 * HOUR, signUpClosesAt: START - HOUR };
  it('accepts one in the future, at most a day long, across midnight, sign-up closing by the start', () => {
    expect(codeOf(() => assertActivityTimes(times, now))).toBeNull();
    expect(codeOf(() => assertActivityTimes({ ...times, signUpClosesAt: START }, now))).toBeNull();
  });
  it('refuses a start in the past, an end before the start, over 24 hours, a late or past deadline', () => {
    expect(codeOf(() => assertActivityTimes(times, START))).toBe('BAD_INPUT');
    expect(codeOf(() => assertActivityTimes({ ...times, endAt: START }, now))).toBe('BAD_INPUT');
    expect(codeOf(() => assertActivityTimes({ ...times, endAt: START + 24 * HOUR + 1 }, now))).toBe('BAD_INPUT');
    expect(codeOf(() => assertActivityTimes({ ...times, signUpClosesAt: START + 1 }, now))).toBe('BAD_INPUT');
    expect(codeOf(() => assertActivityTimes({ ...times, signUpClosesAt: now }, now))).toBe('BAD_INPUT');
  });
});
