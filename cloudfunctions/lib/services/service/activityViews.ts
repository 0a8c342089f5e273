import { activityPhase, seatsLeft } from '@domain/service/activities';
import type { ActivityView, MySignUpView, RosterLineView } from '@domain/service/activityViews';
import type { Deps } from '../../deps';
import type { ActivityRecord, SignUpRecord } from '../../ports/activities';
import type { UserRecord } from '../../ports/storage';
import { activityActions, type ActivityReader } from './activityActions';
import { approvedVolunteer } from './volunteerAccess';

/** What a page of activities needs besides the activities: station and organiser names, the reader's sign-ups. */
export interface ActivityContext {
  reader: ActivityReader;
  stations: ReadonlyMap<string, string>;
  organisers: ReadonlyMap<string, string>;
  mine: ReadonlyMap<string, SignUpRecord>;
  now: number;
}

export async function readerOf(deps: Deps, user: UserRecord): Promise<ActivityReader> {
  return { user, volunteer: (await approvedVolunteer(deps, user)) !== null };
}

/** One read each for the stations, the organisers and the reader's sign-ups of a whole page. */
export async function contextFor(
  deps: Deps,
  reader: ActivityReader,
  activities: readonly ActivityRecord[],
): Promise<ActivityContext> {
  const communities = [...new Set(activities.map((a) => a.communityId))];
  const organiserIds = [...new Set(activities.map((a) => a.organiserId))];
  const [stations, organisers, mine] = await Promise.all([
    Promise.all(communities.map((c) => deps.storage.serviceSetup.listStations(c))),
    organiserIds.length > 0 ? deps.storage.users.findByIds(organiserIds) : [],
    deps.storage.activities.signUpsOf(
      reader.user.id,
      activities.map((a) => a.id),
    ),
  ]);
  return {
    reader,
    stations: new Map(stations.flat().map((s) => [s.id, s.name])),
    organisers: new Map(organisers.map((u) => [u.id, u.name])),
    mine: new Map(mine.map((s) => [s.activityId, s])),
    now: deps.clock.now(),
  };
}

export function mySignUpView(signUp: SignUpRecord): MySignUpView {
  return {
    state: signUp.state,
    waitlistPosition: signUp.waitlistPosition,
    signedInAt: signUp.signedInAt,
    signedOutAt: signUp.signedOutAt,
    creditedMinutes: signUp.creditedMinutes,
  };
}

/** The activity as the reader sees it; the code's key never leaves the server. */
export function toActivityView(activity: ActivityRecord, context: ActivityContext): ActivityView {
  const mine = context.mine.get(activity.id) ?? null;
  return {
    id: activity.id,
    title: activity.title,
    description: activity.description,
    place: activity.place,
    stationId: activity.stationId,
    stationName: activity.stationId ? (context.stations.get(activity.stationId) ?? '') : '',
    startAt: activity.startAt,
    endAt: activity.endAt,
    signUpClosesAt: activity.signUpClosesAt,
    headcount: activity.headcount,
    enrolled: activity.enrolled,
    waitlisted: activity.waitlisted,
    seatsLeft: seatsLeft(activity.headcount, activity.enrolled),
    phase: activityPhase(activity, context.now),
    cancelReason: activity.cancelReason,
    organiserName: context.organisers.get(activity.organiserId) || '社区居委会',
    mySignUp: mine ? mySignUpView(mine) : null,
    actions: activityActions(context.reader, activity, mine, context.now),
  };
}

/** `{ activity }` as every single-activity action answers. */
export async function activityAnswer(deps: Deps, reader: ActivityReader, activity: ActivityRecord) {
  return { activity: toActivityView(activity, await contextFor(deps, reader, [activity])) };
}

export function rosterLine(signUp: SignUpRecord, names: ReadonlyMap<string, string>): RosterLineView {
  return {
    userId: signUp.userId,
    name: names.get(signUp.userId) || '志愿者',
    state: signUp.state,
    waitlistPosition: signUp.waitlistPosition,
    signedUpAt: signUp.signedUpAt,
    signedInAt: signUp.signedInAt,
    signedOutAt: signUp.signedOutAt,
    creditedMinutes: signUp.creditedMinutes,
  };
}
