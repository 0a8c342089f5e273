import { activityPhaseLabels, signUpStateLabels, type ActivityPhase } from '@domain/service/activities';
import type { ActivityView, MySignUpView } from '@domain/service/activityViews';
import { hoursText } from '@domain/service/hours';
import { formatShanghai, formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import type { Tone } from '@domain/tones';

/** How each phase looks in a tag: open to sign up is news, running now is good, the rest quiet. */
export const activityPhaseTones: Record<ActivityPhase, Tone> = {
  open: 'news',
  closed: 'warn',
  ongoing: 'good',
  ended: 'quiet',
  cancelled: 'alert',
};

export const phaseLabel = (phase: ActivityPhase) => activityPhaseLabels[phase];

/**
 * `12月6日 周日 19:00-21:00`, in Asia/Shanghai; an activity across midnight says so on the end
 * time (`19:00-次日02:00`), so nobody reads a night shift as ending before it starts.
 */
export function activityTimeText(activity: Pick<ActivityView, 'startAt' | 'endAt'>): string {
  const startDay = shanghaiDateOf(activity.startAt);
  const endDay = shanghaiDateOf(activity.endAt);
  const end = formatShanghai(activity.endAt, 'HH:mm');
  const endText = endDay === startDay ? end : `次日${end}`;
  return `${formatShanghaiDay(startDay)} ${formatShanghai(activity.startAt, 'HH:mm')}-${endText}`;
}

/** `还剩3个名额`, or when full `已满，2人候补`. */
export function seatsText(activity: Pick<ActivityView, 'headcount' | 'seatsLeft' | 'waitlisted' | 'enrolled'>): string {
  const waiting = activity.waitlisted > 0 ? `，${activity.waitlisted}人候补` : '';
  if (activity.seatsLeft > 0) return `共${activity.headcount}人，还剩${activity.seatsLeft}个名额${waiting}`;
  return `共${activity.headcount}人，已报满${waiting}`;
}

/** `12月5日 18:00截止报名`. */
export function signUpClosesText(activity: Pick<ActivityView, 'signUpClosesAt'>): string {
  return `${formatShanghai(activity.signUpClosesAt, 'M月D日 HH:mm')}截止报名`;
}

/** The short state of my sign-up on a card or tag: 已报名, 候补第2位, 已签到 19:02, 已签退. */
export function mySignUpLabel(mine: MySignUpView): string {
  if (mine.state === 'waitlisted') return mine.waitlistPosition ? `候补第${mine.waitlistPosition}位` : '候补中';
  if (mine.state === 'withdrawn') return signUpStateLabels.withdrawn;
  if (mine.signedOutAt !== null) return '已签退';
  if (mine.signedInAt !== null) return `已签到 ${formatShanghai(mine.signedInAt, 'HH:mm')}`;
  return signUpStateLabels.enrolled;
}

/**
 * What signing out earned: `计入1.5小时`, or why nothing (under 60% of the activity), so a
 * volunteer who left early is not left wondering where the hours went.
 */
export function creditText(creditedMinutes: number | null): string {
  if (creditedMinutes === null) return '';
  if (creditedMinutes > 0) return `计入${hoursText(creditedMinutes)}小时志愿时长`;
  return '在场时间不足活动时长的60%，本次未计入志愿时长';
}

/**
 * `幸福小区红帆驿站二楼 · 鼓楼红帆驿站`: the place, and the station it is held for unless the place
 * already names it (held at the station itself).
 */
export function whereText(activity: Pick<ActivityView, 'place' | 'stationName'>): string {
  const { place, stationName } = activity;
  return stationName && !place.includes(stationName) ? `${place} · ${stationName}` : place;
}
