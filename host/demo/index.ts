import type { Deps } from '../../cloudfunctions/lib/deps';
import { playDemoActivities } from './activities';
import { demoActors } from './actors';
import { demoCalendar } from './calendar';
import { playDemoCases } from './cases';
import { HISTORY_MONTHS, historyMonthStart, playDemoHistory } from './history';
import { readOldNews } from './inbox';
import { raiseDemoMatters } from './matters';
import { signUpNeighbours } from './neighbours';
import type { DemoPhotoShelf } from './photos';
import { playDemoVisits } from './visits';
import { shanghaiWallClockToMs } from '@domain/time';
import { setUpDemoService } from './serviceSetup';
import { playDemoServiceOrders } from './serviceOrders';
import { playDemoOnBehalf } from './onBehalf';

export interface DemoLife {
  matters: number;
}

/**
 * A living community for `npm start` (dev mode, fresh database only, after seedDemoData): nine
 * earlier months of matters and visit days for the dashboards, then about thirty matters in every state, past visit days with 民情日记 and follow-ups, the next two visit
 * days published and partly booked with a waitlist, 群众点单 orders in every state with the volunteers
 * who took them, 志愿活动 held, going on, full and open, 街呼区应 cases in every state, and the inbox news all of that sends. Every
 * record is made by the real services as the demo's people, on a clock set into the past and
 * stepped forward through the story, all dates relative to today in Shanghai.
 */
export async function seedDemoLife(deps: Deps, photos: DemoPhotoShelf): Promise<DemoLife> {
  const actors = demoActors(deps);
  const calendar = demoCalendar(deps.clock.now());
  const storyStart = -45;
  // The neighbours joined before the earlier months the dashboards look back on (history.ts).
  actors.at(shanghaiWallClockToMs(historyMonthStart(calendar.today, HISTORY_MONTHS[0]), '08:00'));
  const residents = await signUpNeighbours(actors);
  const earlierMatters = await playDemoHistory(actors, calendar);
  actors.at(calendar.at(storyStart, '09:00'));
  await playDemoVisits(actors, calendar);
  const matters = earlierMatters + (await raiseDemoMatters(actors, calendar, residents, photos));
  actors.at(calendar.at(-25, '09:00'));
  await playDemoServiceOrders(actors, calendar, await setUpDemoService(actors, calendar));
  await playDemoActivities(actors, calendar);
  await playDemoOnBehalf(actors, calendar);
  await playDemoCases(actors, calendar, photos);
  // The minute timer's work, each day's on its day: visit reminders the evening before, follow-ups
  // and escalations that fell due, resolved matters closing. The host's own timer goes on from now.
  for (let day = storyStart; day <= 0; day += 1) {
    actors.at(calendar.at(day, '23:59'));
    await actors.runTimers();
  }
  await readOldNews(actors, calendar);
  return { matters };
}
