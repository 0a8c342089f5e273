/**
 * The size and mix of one contention run. The bench runs the city-scale plan; the jest test runs a
 * small one over several seeds (tests/scripts/visitContention.test.ts).
 */
export interface ContentionPlan {
  /** Booking attempts (`visit.book` calls) in all. */
  attempts: number;
  /** Clients running at once, each a loop of requests, one at a time. */
  clients: number;
  /** Residents each client books for (the daily limit is 10 bookings per resident). */
  residentsPerClient: number;
  visitDays: number;
  slotsPerDay: number;
  /** Capacities are drawn from 1..maxCapacity, at publishing and at each change. */
  maxCapacity: number;
  /** Of a client's turns, the share that cancels one of its active bookings (when it has one). */
  cancelShare: number;
  /** One turn in this many is the cadre changing a slot's capacity (on average). */
  turnsPerCapacityChange: number;
  seed: number;
}

export const cityScale: ContentionPlan = {
  attempts: 5_000,
  clients: 200,
  residentsPerClient: 5,
  visitDays: 5,
  slotsPerDay: 10,
  maxCapacity: 6,
  cancelShare: 0.2,
  turnsPerCapacityChange: 25,
  seed: 11,
};

export const testScale: ContentionPlan = {
  attempts: 300,
  clients: 20,
  residentsPerClient: 3,
  visitDays: 2,
  slotsPerDay: 3,
  maxCapacity: 4,
  cancelShare: 0.2,
  turnsPerCapacityChange: 15,
  seed: 1,
};
