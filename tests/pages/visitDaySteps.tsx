import VisitDayPage from '../../src/packages/resident/visit-day/index';
import { appears } from './dom';
import { setRouterParams } from './mattersTaroMock';
import { renderPage, type Backend } from './render';
import { followClock, visitsBackend } from './visitsBackend';

// Shared by the visit-day suites (visitsBooking.test.tsx, visitsCutoffs.test.tsx).

/** The real services over SQLite, their clock following the test's. */
export async function setup() {
  const server = await visitsBackend();
  followClock(server.deps);
  return server;
}

/** Opens the visit day's page as a user, over the shared backend (or a wrapper around it). */
export async function openDay(server: Awaited<ReturnType<typeof visitsBackend>>, userId: string, backend?: Backend) {
  setRouterParams({ date: server.visitDay });
  const page = renderPage(<VisitDayPage />, backend ?? server.as(userId));
  await appears('#visit-day');
  return page;
}
