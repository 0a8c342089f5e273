import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { engines } from '../../support/storages';
import { activitySetup, MINUTE_MS, START } from './activityEnv';
import { COMMITTEE, RESIDENT, VOLUNTEER } from './serviceEnv';

// Each test runs the minute timer dozens of times (every reminder job and the outbox); on the
// in-memory CloudBase of a loaded 2-core machine that takes more than jest's default 5 s.
jest.setTimeout(30_000);

describe.each(engines)('志愿活动 reminders and 红帆驿站 cards on %s', (engine) => {
  it('reminds the enrolled at 18:00 the day before and 30 minutes before, once each', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    const reminders = () => env.deps.notified.filter((n) => n.kind === 'activity_reminder');
    for (let at = env.deps.clock.now(); at <= START; at += 10 * MINUTE_MS) {
      env.moveTo(at);
      await runTimerJobs(env.deps);
      await runTimerJobs(env.deps);
    }
    expect(reminders().map((r) => [r.userIds, r.values.note])).toEqual([
      [[VOLUNTEER], '明天有志愿活动，请按时到场'],
      [[VOLUNTEER], '活动30分钟后开始'],
    ]);
  });

  it('fills a station card with its upcoming activities', async () => {
    const env = await activitySetup(engine);
    const { station } = await env.act(COMMITTEE, 'saveStation', {
      name: '东门红帆驿站',
      address: '东门路1号',
      openingHours: '每天 8:00-20:00',
      contactPhone: '02988886666',
      itemIds: [],
      walkMinutes: {},
    });
    const held = await env.publish({ stationId: station.id, title: '驿站义剪' });
    expect(held).toMatchObject({ stationId: station.id, stationName: '东门红帆驿站' });
    const { stations } = await env.act(RESIDENT, 'catalogue', {});
    expect(stations[0].upcomingActivities).toEqual([{ id: held.id, title: '驿站义剪', startAt: START }]);
    const mine = await env.act(RESIDENT, 'activities', { stationId: station.id });
    expect(mine.items.map((a: { id: string }) => a.id)).toEqual([held.id]);
  });
});
