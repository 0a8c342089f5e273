import type { Deps } from '../../cloudfunctions/lib/deps';
import { runTimerJobs } from '../../cloudfunctions/lib/services/notifications/timerJobs';
import { demoActors } from './actors';
import { demoCalendar } from './calendar';
import { raiseDemoMatters } from './matters';
import { signUpNeighbours } from './neighbours';
import type { DemoPhotoShelf } from './photos';
import { playDemoVisits } from './visits';

export interface DemoLife {
  matters: number;
}

/**
 * A living community for `npm start` (dev mode, fresh database only, after seedDemoData): about
 * thirty matters in every state, past visit days with 民情日记 and follow-ups, the next two visit
 * days published and partly booked with a waitlist, and the inbox news all of that sends. Every
 * record is made by the real services as the demo's people, on a clock set into the past and
 * stepped forward through the story, all dates relative to today in Shanghai.
 */
export async function seedDemoLife(deps: Deps, photos: DemoPhotoShelf): Promise<DemoLife> {
  const actors = demoActors(deps);
  const calendar = demoCalendar(deps.clock.now());
  actors.at(calendar.at(-45, '09:00'));
  const residents = await signUpNeighbours(actors);
  await playDemoVisits(actors, calendar);
  const matters = await raiseDemoMatters(actors, calendar, residents, photos);
  // The reminders the minute timer would have sent by now (overdue follow-ups and escalations).
  await runTimerJobs(deps);
  return { matters };
}
