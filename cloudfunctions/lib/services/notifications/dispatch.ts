import { classifySendError, nextAttempt } from '@domain/notifications/backoff';
import { DIGEST_WINDOW_MS } from '@domain/notifications/digest';
import { nextSendableAt } from '@domain/notifications/quietHours';
import type { Deps } from '../../deps';
import type { OutboxResult, OutboxRow } from '../../ports/notifications';
import type { SendReply } from '../../ports/subscribeGateway';

/**
 * How long a claim holds. A send takes a few seconds, and the notification function that runs
 * the dispatcher is stopped after 30 s (cloudbaserc.json); a dispatcher that died keeps its row
 * no longer than this, then another one picks it up.
 */
export const CLAIM_LEASE_MS = 2 * 60_000;

/**
 * A run stops taking rows after this long, well inside the function's 30 s timeout (a send is
 * one HTTPS call to WeChat); what is left goes out on the next minute's run.
 */
export const DISPATCH_BUDGET_MS = 20_000;

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed' | 'retry' | 'merged' | 'deferred' | 'taken';
export type DispatchTally = Record<DeliveryOutcome, number>;

/** Why a row did not go out, as kept in lastError. */
export const skipReasons = {
  noConsent: 'no_consent',
  noConsentWechat: 'no_consent:43101',
  expired: 'expired',
  noUser: 'no_user',
} as const;

function emptyTally(): DispatchTally {
  return { sent: 0, skipped: 0, failed: 0, retry: 0, merged: 0, deferred: 0, taken: 0 };
}

/**
 * Sends what is due in the outbox: each row is claimed (a conditional update, so two dispatchers
 * never send one row), checked against expiry, quiet hours, the hourly digest and the user's
 * consent credits, sent, and its result recorded by the claim's holder.
 */
export async function dispatchOutbox(deps: Deps, limit = 200, budgetMs = DISPATCH_BUDGET_MS): Promise<DispatchTally> {
  const tally = emptyTally();
  const rows = await deps.storage.outbox.due(deps.clock.now(), limit);
  // Wall time, not the deps clock: this is about the function's own timeout, whatever the tests' clock says.
  const startedAt = Date.now();
  for (const row of rows) {
    if (Date.now() - startedAt > budgetMs) break;
    tally[await deliver(deps, row.id)] += 1;
  }
  if (rows.length > 0) deps.logger.info('outbox_dispatch', { ...tally });
  return tally;
}

/** One delivery attempt of one row. Exported for the tests of crashes and races. */
export async function deliver(deps: Deps, rowId: string): Promise<DeliveryOutcome> {
  const token = deps.ids.newId();
  const { storage } = deps;
  const row = await storage.unitOfWork(() => storage.outbox.claim(rowId, token, deps.clock.now(), CLAIM_LEASE_MS));
  if (!row) return 'taken';
  const finish = (result: OutboxResult) =>
    storage.unitOfWork(() => storage.outbox.finish(row.id, token, result, deps.clock.now()));
  // A credit a dead dispatcher took for this row goes back if the row does not go out now.
  const giveBackCredit = async () => {
    if (row.creditTaken) await storage.subscriptions.refund(row.userId, row.templateId, deps.clock.now());
  };
  const hold = await heldBack(deps, row);
  if (hold) {
    await giveBackCredit();
    await finish(hold.result);
    return hold.outcome;
  }
  const user = await storage.users.findById(row.userId);
  if (!user) {
    await giveBackCredit();
    await finish(closed(row, 'skipped', skipReasons.noUser));
    return 'skipped';
  }
  const credit = await takeCredit(deps, row, token);
  if (credit !== 'held') {
    if (credit === 'none') await finish(closed(row, 'skipped', skipReasons.noConsent));
    return credit === 'none' ? 'skipped' : 'taken';
  }
  const gate = await digestGate(deps, row);
  if (gate) {
    await storage.subscriptions.refund(row.userId, row.templateId, deps.clock.now());
    await finish(gate);
    return 'deferred';
  }
  const reply = await send(deps, row, user.openid);
  return recordReply(deps, row, reply, finish);
}

/**
 * One consent credit for this attempt. The row is marked first, then the credit taken: a
 * dispatcher that dies in between or before the send leaves a row whose next claim sends
 * without taking a second credit (erring towards delivery; WeChat still enforces consent).
 */
async function takeCredit(deps: Deps, row: OutboxRow, token: string): Promise<'held' | 'none' | 'lost'> {
  if (row.creditTaken) return 'held';
  const { storage } = deps;
  const marked = await storage.unitOfWork(() => storage.outbox.markCreditTaken(row.id, token, deps.clock.now()));
  if (!marked) return 'lost';
  return (await storage.subscriptions.take(row.userId, row.templateId, deps.clock.now())) ? 'held' : 'none';
}

/** Rows that must not go out now: expired, inside quiet hours, or standing for a newer digest row. */
async function heldBack(
  deps: Deps,
  row: OutboxRow,
): Promise<{ result: OutboxResult; outcome: DeliveryOutcome } | null> {
  const now = deps.clock.now();
  if (row.expiresAt !== null && now >= row.expiresAt) {
    return { result: closed(row, 'skipped', skipReasons.expired), outcome: 'skipped' };
  }
  const sendable = nextSendableAt(now);
  if (sendable > now) return { result: waiting(row, sendable), outcome: 'deferred' };
  const newer = await deps.storage.outbox.newerInDigest(row);
  if (newer) {
    // A newer row goes (or went) out instead and stands for both; the inbox lists each event anyway.
    return { result: { ...closed(row, 'merged', ''), mergedInto: newer.id }, outcome: 'merged' };
  }
  return null;
}

/** The hourly digest: null when the row may go now, else the pending result that waits for the window. */
async function digestGate(deps: Deps, row: OutboxRow): Promise<OutboxResult | null> {
  if (row.digestKey === null) return null;
  const gate = await deps.storage.outbox.takeDigest(row.digestKey, row.id, deps.clock.now(), DIGEST_WINDOW_MS);
  if (gate.taken) return null;
  return waiting(row, nextSendableAt(gate.lastAt + DIGEST_WINDOW_MS));
}

async function send(deps: Deps, row: OutboxRow, openid: string): Promise<SendReply> {
  try {
    return await deps.gateway.send({ openid, templateId: row.templateId, page: row.page, data: row.data });
  } catch (error) {
    // No answer at all (network, timeout): the same as WeChat being busy, so it is retried.
    return { errcode: null, errmsg: error instanceof Error ? error.message : String(error) };
  }
}

async function recordReply(
  deps: Deps,
  row: OutboxRow,
  reply: SendReply,
  finish: (result: OutboxResult) => Promise<boolean>,
): Promise<DeliveryOutcome> {
  const now = deps.clock.now();
  const attempts = row.attempts + 1;
  const outcome = classifySendError(reply.errcode);
  const error = `${reply.errcode ?? 'no_answer'}: ${reply.errmsg}`.slice(0, 200);
  if (outcome === 'sent') {
    await finish({ status: 'sent', attempts, notBefore: row.notBefore, lastError: '', sentAt: now });
    return 'sent';
  }
  if (outcome === 'no_consent') {
    // WeChat knows best: whatever we counted, no consent is left for this template.
    await deps.storage.subscriptions.clear(row.userId, row.templateId, now);
    await finish({ ...closed(row, 'skipped', skipReasons.noConsentWechat), attempts });
    return 'skipped';
  }
  // Not delivered, so the user's consent was not used up.
  await deps.storage.subscriptions.refund(row.userId, row.templateId, now);
  const next = outcome === 'retry' ? nextAttempt(attempts, now) : { retry: false as const };
  if (next.retry) {
    await finish({ ...waiting(row, nextSendableAt(next.at)), attempts, lastError: error });
    return 'retry';
  }
  await finish({ ...closed(row, 'failed', error), attempts });
  deps.logger.warn('outbox_failed', { id: row.id, kind: row.kind, error });
  return 'failed';
}

function closed(row: OutboxRow, status: 'skipped' | 'failed' | 'merged', reason: string): OutboxResult {
  return { status, attempts: row.attempts, notBefore: row.notBefore, lastError: reason, sentAt: null };
}

function waiting(row: OutboxRow, notBefore: number): OutboxResult {
  return { status: 'pending', attempts: row.attempts, notBefore, lastError: row.lastError, sentAt: null };
}
