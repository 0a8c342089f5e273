/**
 * 志愿活动 views as the service function answers them, every field set: the activity page tests
 * (jsdom and weapp) give them to the pages. Tests override what they are about.
 */
import type { ActivityView, MySignUpView, RosterLineView } from '@domain/service/activityViews';

/** 12月12日 周六 19:00 Beijing time (11:00 UTC), for two hours. */
export const START = Date.UTC(2026, 11, 12, 11, 0);
const HOUR = 3_600_000;

export function activityView(overrides: Partial<ActivityView> = {}): ActivityView {
  return {
    id: 'a-1',
    title: '敬老院包饺子',
    description: '带上围裙，到了找陈主任报到',
    place: '东门社区红帆驿站二楼',
    stationId: null,
    stationName: '',
    startAt: START,
    endAt: START + 2 * HOUR,
    signUpClosesAt: START - 24 * HOUR,
    headcount: 10,
    enrolled: 7,
    waitlisted: 0,
    seatsLeft: 3,
    phase: 'open',
    cancelReason: '',
    organiserName: '陈秀英',
    mySignUp: null,
    actions: [],
    ...overrides,
  };
}

export function mySignUp(overrides: Partial<MySignUpView> = {}): MySignUpView {
  return {
    state: 'enrolled',
    waitlistPosition: null,
    signedInAt: null,
    signedOutAt: null,
    creditedMinutes: null,
    ...overrides,
  };
}

export function rosterLine(overrides: Partial<RosterLineView> = {}): RosterLineView {
  return {
    userId: 'u-resident-li',
    name: '李明',
    state: 'enrolled',
    waitlistPosition: null,
    signedUpAt: START - 72 * HOUR,
    signedInAt: null,
    signedOutAt: null,
    creditedMinutes: null,
    ...overrides,
  };
}

/** A night patrol from 22:00 to 02:00 the next day, at a 红帆驿站, full with two waiting. */
export const nightPatrol = activityView({
  id: 'a-night',
  title: '夜间巡逻',
  stationId: 's-east',
  stationName: '东门红帆驿站',
  startAt: START + 3 * HOUR,
  endAt: START + 7 * HOUR,
  headcount: 4,
  enrolled: 4,
  seatsLeft: 0,
  waitlisted: 2,
  mySignUp: mySignUp({ state: 'waitlisted', waitlistPosition: 2 }),
});
