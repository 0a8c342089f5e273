import type { DashboardView } from './dashboard';

/**
 * Whose records a figure counts: the communities looked at, and for a cadre's own view the cadre
 * (their slots, bookings, records and follow-ups only). Resolved by the stats service from the
 * caller's role and scope, never from the request alone.
 */
export interface StatsScope {
  view: DashboardView;
  communityIds: string[];
  /** Set on the cadre's view: only this cadre's own work counts. */
  cadreId: string | null;
}
