import { createHash } from 'node:crypto';
import { z } from 'zod';
import '@domain/zodLocale';
import type { ActionSpec, Contract, FunctionName, FunctionSpec } from '@domain/contract';
import { errorEnvelope, okEnvelope, type Envelope } from '@domain/envelope';
import { AppError, errorCatalog, isAppError } from '@domain/errors';
import { requestIdSchema } from '@domain/ids';
import { toFieldIssues } from '@domain/validation';
import { callerFor, type Caller } from './caller';
import { platformIdentity } from './identity';
import type { Deps } from './deps';
import type { ActionContext, ServiceMap } from './service';
import { STALE_CLAIM_MS } from './staleClaims';

/** The event a CloudBase function receives from `callFunction({ name, data })`. */
const eventSchema = z.object({
  action: z.string().min(1).max(64),
  data: z.unknown().optional(),
  requestId: z.unknown().optional(),
});

export type FunctionHandler = (event: unknown, context: unknown) => Promise<Envelope<unknown>>;

/**
 * The one path of every call: event -> identity from the context -> stored user and role ->
 * authorization from the contract -> input validation -> idempotency -> service -> envelope.
 * It never throws: every failure becomes an error envelope.
 */
export function createHandler<F extends FunctionName>(
  fn: F,
  actions: Contract[F],
  services: ServiceMap<F>,
  deps: Deps,
): FunctionHandler {
  return async (event, context) => {
    const startedAt = Date.now();
    let action = '?';
    try {
      const parsedEvent = eventSchema.safeParse(event);
      if (!parsedEvent.success) throw new AppError('BAD_REQUEST');
      action = parsedEvent.data.action;
      const identity = platformIdentity(context);
      if (!identity) throw new AppError('UNAUTHENTICATED');
      const spec = actionOf(actions, action);
      if (!spec) throw new AppError('UNKNOWN_ACTION');
      const user = await deps.storage.users.findByOpenid(identity.openid);
      const caller = callerFor(identity.openid, identity.appid, user);
      authorize(spec, caller);
      const input = parseInput(spec, parsedEvent.data.data);
      const service = services[action as keyof ServiceMap<F>] as unknown as ServiceFn;
      // One unit of work per call. On SQLite the change, its notifications and the idempotency
      // record commit together, and a refused or failed call leaves nothing behind. On CloudBase
      // each write stands alone: a refused call wrote nothing (checks come before the first
      // write), but a failed one may have written part, and its request id stays claimed as
      // failed so that the retry completes the work (settleClaim; docs/adr/0002).
      const result = await deps.storage.unitOfWork(() =>
        spec.kind === 'command'
          ? runCommand(fn, action, spec, service, caller, input, parsedEvent.data.requestId, deps)
          : runAction(spec, service, { caller, deps, requestId: null, earlierAttempt: false }, input),
      );
      logCall(deps, fn, action, result, startedAt);
      return result;
    } catch (error) {
      const envelope = toErrorEnvelope(error, deps, fn, action);
      logCall(deps, fn, action, envelope, startedAt);
      return envelope;
    }
  };
}

type ServiceFn = (ctx: ActionContext, input: unknown) => Promise<unknown>;

/**
 * The function's own actions only: a deployed function is handed its part of the contract, so
 * its bundle neither carries nor builds the other functions' schemas at a cold start.
 */
function actionOf(actions: FunctionSpec, action: string): ActionSpec | undefined {
  return Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
}

function authorize(spec: ActionSpec, caller: Caller): void {
  if (spec.roles.includes(caller.role)) return;
  throw new AppError(caller.role === 'guest' ? 'NOT_REGISTERED' : 'FORBIDDEN');
}

function parseInput(spec: ActionSpec, data: unknown): unknown {
  const parsed = spec.input.safeParse(data ?? {});
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    throw new AppError('BAD_INPUT', issues[0]?.message ?? errorCatalog.BAD_INPUT.message, issues);
  }
  return parsed.data;
}

/** Runs the service and passes its answer through the output schema, which also strips any field the contract does not declare. */
async function runAction(
  spec: ActionSpec,
  service: ServiceFn,
  ctx: ActionContext,
  input: unknown,
): Promise<Envelope<unknown>> {
  const data = await service(ctx, input);
  const output = spec.output.safeParse(data);
  if (!output.success) {
    throw new Error(`output of ${spec.summary} breaks the contract: ${output.error.message}`);
  }
  return okEnvelope(output.data);
}

async function runCommand(
  fn: string,
  action: string,
  spec: ActionSpec,
  service: ServiceFn,
  caller: Caller,
  input: unknown,
  rawRequestId: unknown,
  deps: Deps,
): Promise<Envelope<unknown>> {
  const requestId = requestIdSchema.safeParse(rawRequestId);
  if (!requestId.success) {
    throw new AppError('BAD_REQUEST', '缺少有效的请求编号（requestId）');
  }
  const key = `${fn}.${action}:${caller.openid}:${requestId.data}`;
  const claim = await deps.storage.idempotency.claim(key, fingerprint(input), deps.clock.now(), STALE_CLAIM_MS);
  if (claim.state === 'completed') return claim.response as Envelope<unknown>;
  if (claim.state === 'in_progress') throw new AppError('REQUEST_IN_PROGRESS');
  if (claim.state === 'mismatch') throw new AppError('REQUEST_ID_REUSED');
  try {
    const ctx = { caller, deps, requestId: requestId.data, earlierAttempt: claim.earlierAttempt };
    const envelope = await runAction(spec, service, ctx, input);
    await deps.storage.idempotency.complete(key, envelope, deps.clock.now());
    return envelope;
  } catch (error) {
    await settleClaim(deps, key, error);
    throw error;
  }
}

/**
 * What a failed call leaves of its claim. A refusal (an AppError) comes from the checks every
 * command makes before its first write, so nothing was written: the id is released and may be
 * used again. Anything else may have struck after some writes (on CloudBase they stay): the claim
 * is kept as failed, so the retry with the same id and input runs at once and completes the work
 * (commands derive what they write from the request id and recognise their own earlier steps),
 * while the same id with other input is refused. On SQLite the unit of work rolls back the claim
 * with the rest, so either way the retry starts from a clean slate there.
 */
async function settleClaim(deps: Deps, key: string, error: unknown): Promise<void> {
  try {
    if (isAppError(error)) await deps.storage.idempotency.release(key);
    else await deps.storage.idempotency.fail(key, deps.clock.now());
  } catch (settleError) {
    // The call's own error is what the caller must hear about. A claim left pending is taken
    // over by a retry once it is stale (STALE_CLAIM_MS), like the claim of a call that crashed.
    deps.logger.warn('idempotency_settle_failed', { action: key.split(':')[0], error: String(settleError) });
  }
}

/**
 * What the request id stands for. The consent a command carries (acceptedTemplateIds) is left
 * out: it is how the person answered the dialog this time, not what they asked for, so a retry
 * whose dialog was answered otherwise is still the same intent (each grant's id comes from the
 * request id, so nothing is counted twice).
 */
function fingerprint(input: unknown): string {
  return createHash('sha256')
    .update(stableJson(withoutConsent(input)))
    .digest('hex')
    .slice(0, 32);
}

function withoutConsent(input: unknown): unknown {
  if (!input || typeof input !== 'object' || !('acceptedTemplateIds' in input)) return input;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { acceptedTemplateIds, ...intent } = input as Record<string, unknown>;
  return intent;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function toErrorEnvelope(error: unknown, deps: Deps, fn: string, action: string): Envelope<unknown> {
  if (isAppError(error)) return errorEnvelope(error.code, error.message, error.issues);
  deps.logger.error('unhandled', {
    fn,
    action,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return errorEnvelope('INTERNAL', errorCatalog.INTERNAL.message);
}

function logCall(deps: Deps, fn: string, action: string, envelope: Envelope<unknown>, startedAt: number): void {
  deps.logger.info('call', {
    fn,
    action,
    ok: envelope.ok,
    code: envelope.ok ? undefined : envelope.code,
    ms: Date.now() - startedAt,
  });
}
