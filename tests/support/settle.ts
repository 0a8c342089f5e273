/** What a page has asked of its backend so far: calls made, and how many are not yet answered. */
export interface Traffic {
  made: number;
  pending: number;
}

/** Turns of the event loop with no call pending or made, after which a page has settled. */
const QUIET_TURNS = 20;
const MAX_TURNS = 2000;

/**
 * Lets a page finish what it started, before a test asserts that something did not happen:
 * resolves once no backend call is pending and the event loop has turned QUIET_TURNS times
 * without a new one. Counted in turns, not milliseconds, so a slow machine is waited for, not
 * raced; a page that never goes quiet fails with `describe()` saying where it was.
 */
export async function untilQuiet(traffic: () => Traffic, describe: () => string): Promise<void> {
  let quiet = 0;
  let seen = traffic().made;
  for (let turn = 0; quiet < QUIET_TURNS; turn += 1) {
    if (turn > MAX_TURNS) throw new Error(`the page never settled: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { made, pending } = traffic();
    quiet = pending > 0 || made !== seen ? 0 : quiet + 1;
    seen = made;
  }
}
