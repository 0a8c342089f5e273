import { cloudbaseIdentity } from '../../cloudfunctions/lib/adapters/cloudbase/identity';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Deps } from '../../cloudfunctions/lib/deps';
import type { Clock } from '../../cloudfunctions/lib/ports/clock';
import type { IdGenerator } from '../../cloudfunctions/lib/ports/ids';
import { silentLogger } from '../../cloudfunctions/lib/ports/logger';
import { localContentChecker } from '../../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localFileUrls } from '../../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { recordingNotifier } from '../../cloudfunctions/lib/adapters/wechat/recordingNotifier';
import { imageVerdictSink } from '../../cloudfunctions/lib/services/matters/imageVerdicts';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { cloudbaseContextFor } from '../../host/cloudbaseContext';

/** A clock the test moves by hand. Starts at 2026-11-27 10:00 Shanghai. */
export function manualClock(start = Date.UTC(2026, 10, 27, 2, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { newId: () => `${prefix}${String((n += 1)).padStart(6, '0')}` };
}

export type TestDeps = Deps & { clock: ReturnType<typeof manualClock>; notifier: ReturnType<typeof recordingNotifier> };

/**
 * Real handler dependencies over an in-memory SQLite database, with the local content checker
 * (keyword list; images pass asynchronously) and a notifier that records what it was told.
 */
export function testDeps(storage: Storage = openSqliteStorage(':memory:')): TestDeps {
  const deps: TestDeps = {
    storage,
    clock: manualClock(),
    ids: sequentialIds(),
    identity: cloudbaseIdentity,
    logger: silentLogger,
    content: localContentChecker(() => verdicts),
    files: localFileUrls,
    notifier: recordingNotifier(),
  };
  const verdicts = imageVerdictSink(() => deps);
  return deps;
}

/** The context CloudBase would give a function called by this WeChat user. */
export function contextFor(openid: string | null) {
  return cloudbaseContextFor(openid, 'wx-test', 'test', 'req-test');
}

let counter = 0;
export function requestId(): string {
  counter += 1;
  return `test-req-${counter.toString().padStart(6, '0')}`;
}
