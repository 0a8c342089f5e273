import { randomUUID } from 'node:crypto';
import { contract, type FunctionName } from '@domain/contract';
import type { Deps } from '../../cloudfunctions/lib/deps';
import { createHandler, type FunctionHandler } from '../../cloudfunctions/lib/handler';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { runTimerJobs } from '../../cloudfunctions/lib/services/notifications/timerJobs';
import { cloudbaseContextFor } from '../cloudbaseContext';
import { demoOpenid } from '../seed';

/**
 * The demo's people acting through the real handlers, on a clock of the story's own: each step
 * happens at the instant the story sets (`at`), so a matter raised "three weeks ago" carries that
 * date everywhere, exactly as if the app had been used then. Nothing is written past the services.
 */
export interface DemoActors {
  /** The story's clock: every call after this happens at `ms` (never later than the real now). */
  at(ms: number): void;
  now(): number;
  /** What the host's minute timer does (reminders, auto-close), as if it ran at the story's now. */
  runTimers(): Promise<unknown>;
  /** A demo user (by id, host/seed.ts) or a neighbour (by openid) calls `fn.action`; refused calls throw. */
  act<T = unknown>(who: Caller, fn: FunctionName, action: string, data?: object): Promise<T>;
}

export type Caller = string | { openid: string };

/** The same person whichever way they were named: a demo user's id or an openid. */
export function sameCaller(a: Caller, b: Caller): boolean {
  return openidOf(a) === openidOf(b);
}

function openidOf(who: Caller): string {
  return typeof who === 'string' ? demoOpenid(who) : who.openid;
}

const DEMO_APPID = 'wx-demo-seed';

export function demoActors(deps: Deps): DemoActors {
  let storyNow = deps.clock.now();
  // Hundreds of calls: their routine lines would bury the host's banner; warnings and errors stay.
  const logger = { ...deps.logger, info: () => {} };
  const storyDeps: Deps = { ...deps, clock: { now: () => storyNow }, logger };
  const handlers = new Map<FunctionName, FunctionHandler>();
  const handlerOf = (fn: FunctionName) => {
    const known = handlers.get(fn);
    if (known) return known;
    const made = createHandler(fn, contract[fn] as never, servicesByFunction[fn] as never, storyDeps);
    handlers.set(fn, made);
    return made;
  };
  return {
    at(ms) {
      storyNow = Math.min(ms, deps.clock.now());
    },
    now: () => storyNow,
    runTimers: () => runTimerJobs(storyDeps),
    async act(who, fn, action, data = {}) {
      const openid = openidOf(who);
      const context = cloudbaseContextFor(openid, DEMO_APPID, fn, randomUUID());
      const answer = await handlerOf(fn)({ action, data, requestId: randomUUID() }, context);
      if (!answer.ok) throw new Error(`demo: ${fn}.${action} as ${openid} refused: ${answer.code} ${answer.message}`);
      return answer.data as never;
    },
  };
}
