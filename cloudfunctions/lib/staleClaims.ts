/**
 * How old a claim may grow before it counts as left behind by a call that died: the claim of a
 * request id (handler.ts) and, on CloudBase, the claim of a resident's visit day
 * (adapters/cloudbase/bookings.ts). A deployed function is stopped after 5 s (`notification`,
 * which carries the timer, after 30 s: `timeout` in cloudbaserc.json), so the call that made an
 * older claim is no longer running, and a retry may take its claim over.
 */
export const STALE_CLAIM_MS = 30_000;
