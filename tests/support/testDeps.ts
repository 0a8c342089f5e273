import { cloudbaseIdentity } from '../../cloudfunctions/lib/adapters/cloudbase/identity';
import type { Deps } from '../../cloudfunctions/lib/deps';
import type { Clock } from '../../cloudfunctions/lib/ports/clock';
import type { IdGenerator } from '../../cloudfunctions/lib/ports/ids';
import { silentLogger } from '../../cloudfunctions/lib/ports/logger';
import { localContentChecker } from '../../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localFileUrls, memoryUploadLedger } from '../../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { localSubscribeGateway } from '../../cloudfunctions/lib/adapters/wechat/localSubscribeGateway';
import type { NotificationEvent, Notifier } from '../../cloudfunctions/lib/ports/notifier';
import { outboxNotifier } from '../../cloudfunctions/lib/services/notifications/outboxNotifier';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
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

/**
 * The real outbox notifier, plus the events it was given (once per dedupe key, as the outbox
 * keeps them), so service tests can say what was notified without reading the tables.
 */
export function observedNotifier(inner: Notifier): Notifier & { events: NotificationEvent[] } {
  const seen = new Set<string>();
  const events: NotificationEvent[] = [];
  return {
    events,
    async notify(event) {
      await inner.notify(event);
      if (seen.has(event.dedupeKey)) return;
      seen.add(event.dedupeKey);
      events.push(event);
    },
  };
}

export type TestDeps = Deps & {
  clock: ReturnType<typeof manualClock>;
  /** The host's record of who uploaded which photo: `uploads.record(fileId, userId)`. */
  uploads: ReturnType<typeof memoryUploadLedger>;
  notifier: ReturnType<typeof observedNotifier>;
  gateway: ReturnType<typeof localSubscribeGateway>;
};

/**
 * Real handler dependencies over `storage`, with the local content checker (keyword list; images
 * pass asynchronously), the outbox notifier and the recording stand-in gateway. Tests get them
 * through `seededBackend` (seededBackend.ts).
 */
export function testDeps(storage: Storage): TestDeps {
  const uploads = memoryUploadLedger();
  const deps: TestDeps = {
    storage,
    clock: manualClock(),
    ids: sequentialIds(),
    identity: cloudbaseIdentity,
    logger: silentLogger,
    content: localContentChecker(() => verdicts),
    files: localFileUrls(uploads),
    uploads,
    notifier: observedNotifier(outboxNotifier(storage, deploymentTemplates)),
    gateway: localSubscribeGateway(),
    templates: deploymentTemplates,
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
