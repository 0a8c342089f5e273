import { shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import type { Deps } from '../../deps';
import type { ActivityRecord } from '../../ports/activities';
import { notifyActivity } from '../service/activityNotices';
import { datesWhoseMomentFell, runWindowedJob } from './windowedJob';

/** The evening before: 18:00 Asia/Shanghai, for the next day's activities. */
export const DAY_BEFORE_AT = '18:00';
/** And again shortly before the start. */
export const SOON_BEFORE_MS = 30 * 60_000;
/** Activities read per moment; a community holds a few a day. */
const BATCH = 500;

type Moment = 'dayBefore' | 'soon';

/**
 * 志愿活动 reminders to the enrolled volunteers: 18:00 the day before, and 30 minutes before the
 * start. Once per volunteer, activity and moment (the dedupe key), however often the timer fires.
 */
export async function sendActivityReminders(deps: Deps): Promise<{ reminded: number }> {
  const result = await runWindowedJob(deps, 'activity_reminders', async (lastRun, now) => {
    let reminded = 0;
    for (const date of datesWhoseMomentFell(DAY_BEFORE_AT, lastRun, now)) {
      const from = shanghaiWallClockToMs(addDays(date, 1));
      const starting = await deps.storage.activities.startingBetween(
        from,
        shanghaiWallClockToMs(addDays(date, 2)),
        BATCH,
      );
      // Not one that starts before the reminder would be read (published late on the day before).
      for (const activity of starting.filter((a) => a.startAt > now))
        reminded += await remind(deps, activity, 'dayBefore');
    }
    // Starts in (lastRun, now] + 30 minutes; startingBetween's range is [from, to).
    const soon = await deps.storage.activities.startingBetween(
      lastRun + SOON_BEFORE_MS + 1,
      now + SOON_BEFORE_MS + 1,
      BATCH,
    );
    // A late timer does not remind of an activity that has begun: that is only noise.
    for (const activity of soon.filter((a) => a.startAt > now)) reminded += await remind(deps, activity, 'soon');
    return { reminded };
  });
  if (result && result.reminded > 0) deps.logger.info('activity_reminders', { ...result });
  return result ?? { reminded: 0 };
}

async function remind(deps: Deps, activity: ActivityRecord, moment: Moment): Promise<number> {
  const enrolled = (await deps.storage.activities.roster(activity.id)).filter((s) => s.state === 'enrolled');
  const reason = moment === 'dayBefore' ? '明天有志愿活动，请按时到场' : '活动30分钟后开始';
  await notifyActivity(
    deps,
    activity,
    'activity_reminder',
    enrolled.map((s) => s.userId),
    moment,
    reason,
  );
  return enrolled.length;
}
