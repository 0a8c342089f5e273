import type { Storage } from '../../cloudfunctions/lib/ports/storage';

/**
 * Repository methods that only read. Everything else on a repository counts as a write, so a
 * write step added later is counted (and failed) without anyone updating this list.
 */
const READ_METHOD =
  /^(find|list|count|community$|directory$|due$|lastRun$|lastDayBefore$|credits$|timeline$|moderationQueue$|recentInCategory$|newerInDigest$|relationOf$|supporterIds$|followerIds$|unreadCount$|openFollowUps|promotedInto$|table$)/;

/** Where the injected failure strikes: before the write reaches storage, or after it landed (the reply was lost). */
export type FailureMode = 'before' | 'after';

export interface WriteFailures {
  /** Fail the nth write from now on (1-based); null = fail nothing. */
  failAt(n: number | null, mode?: FailureMode): void;
  /** Writes made since the last failAt() (or since creation). */
  readonly writes: number;
  /** The writes made, as `repository.method`, in order (to say which step a test failed). */
  readonly log: string[];
}

export class InjectedWriteFailure extends Error {
  constructor(readonly step: string) {
    super(`injected failure at ${step}`);
    this.name = 'InjectedWriteFailure';
  }
}

/**
 * The storage, behind a proxy that counts the write calls made through its repositories and
 * makes the nth one fail, through the ports the services use: SQLite then rolls the call's unit
 * of work back, CloudBase keeps what was written before (and, in `after` mode, the failed write too).
 */
export function withWriteFailures(storage: Storage): { storage: Storage; failures: WriteFailures } {
  let target: number | null = null;
  let mode: FailureMode = 'before';
  const log: string[] = [];
  const failures: WriteFailures = {
    failAt(n, how = 'before') {
      target = n;
      mode = how;
      log.length = 0;
    },
    get writes() {
      return log.length;
    },
    log,
  };

  function wrapRepository(name: string, repository: object): object {
    return new Proxy(repository, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (typeof value !== 'function' || typeof property !== 'string' || READ_METHOD.test(property)) return value;
        return async (...args: unknown[]) => {
          const step = `${name}.${property}`;
          log.push(step);
          const strikes = target !== null && log.length === target;
          if (strikes && mode === 'before') throw new InjectedWriteFailure(step);
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(object, args);
          if (strikes) throw new InjectedWriteFailure(step);
          return result;
        };
      },
    });
  }

  const wrapped = new Proxy(storage, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof property !== 'string' || typeof value !== 'object' || value === null || property === 'db')
        return value;
      return wrapRepository(property, value);
    },
  });
  return { storage: wrapped, failures };
}
