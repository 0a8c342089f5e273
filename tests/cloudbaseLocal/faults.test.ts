import { STALE_CLAIM_MS } from '../../cloudfunctions/lib/staleClaims';
import { failNth, type FaultKind } from '../../tools/cloudbase-local/faults';
import type { LocalCloud } from '../../tools/cloudbase-local/localCloud';
import type { LoggedRequest } from '../../tools/cloudbase-local/requestLog';
import type { Answer, Env, Scenario } from '../functions/convergence/harness';
import { matterScenarios } from '../functions/convergence/matterScenarios';
import { visitScenarios } from '../functions/convergence/visitScenarios';
import { slotsNotAddingUp } from '../support/seatHolderAudit';
import { buildBundles, callBundle, freshDatabase, startTestCloud } from './support/testCloud';

/**
 * The deployed bundles, their SDK and the wire: a request of book, cancel, reschedule, raise or
 * moderate fails at the local CloudBase endpoint, at each step in turn (every request the command
 * sends, reads and WeChat calls included), and the client's retry with the same request id ends
 * exactly where one clean call ends. `server-error` fails the request before it does anything;
 * `answer-lost` does it and drops the answer (the caller's timeout). The scenarios and their
 * observations are the in-process convergence tests' (tests/functions/convergence); after each
 * retry every slot's seat holders must also be exactly its bookings holding a seat.
 */

const flows = new Set([
  'book (a full slot: waitlisted)',
  'book (a free seat)',
  'cancel (the seat goes to the waitlist)',
  'reschedule to another day (the old seat goes to the waitlist)',
  'reschedule within the day (the old seat goes to the waitlist)',
  'raise',
  'moderate (approve two matters)',
]);
const scenarios = [...visitScenarios, ...matterScenarios].filter(([name]) => flows.has(name));
const kinds: FaultKind[] = ['server-error', 'answer-lost'];

/** Each test replays the command once per request it sends, through processes and HTTP. */
const HEAVY_TEST_MS = 120_000;

let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startTestCloud(await buildBundles());
}, 120_000);

afterAll(() => cloud?.close());

/** A fresh seeded database; the scenario's set-up runs in process, its command through the bundle. */
async function environment() {
  const { storage, backend, server } = await freshDatabase(cloud);
  let throughBundles = false;
  const env: Env = {
    storage,
    deps: backend.deps,
    refs: {},
    call: (fn, userId, action, data, id) =>
      throughBundles
        ? callBundle(cloud, backend.deps.clock.now(), fn, userId, action, data, id)
        : backend.call(fn, userId, action, data, id),
  };
  return { env, server, commandThroughBundles: () => (throughBundles = true) };
}

async function arranged(scenario: Scenario) {
  const { env, server, commandThroughBundles } = await environment();
  await scenario.arrange(env);
  // The command comes a moment after its set-up, as it would (timelines order by time).
  env.deps.clock.advance(1000);
  commandThroughBundles();
  return Object.assign(env, { server });
}

const code = (answer: Answer) => (answer.ok ? 'OK' : answer.code);
const named = (request: LoggedRequest) => `${request.action}${request.collection ? ` ${request.collection}` : ''}`;
const outcomes = (answer: Answer) =>
  answer.ok && 'results' in answer.data ? answer.data.results.map((r: { ok: boolean }) => r.ok) : null;

describe.each(kinds)('a request failing (%s) at any step through the bundles converges when retried', (kind) => {
  it.each(scenarios)(
    '%s',
    async (name, scenario) => {
      const reference = await arranged(scenario);
      const mark = cloud.endpoint.log.mark();
      const succeeded = await scenario.act(reference);
      expect(succeeded).toMatchObject({ ok: true });
      const steps = cloud.endpoint.log.since(mark).map(named);
      const expected = await scenario.observe(reference);
      expect(steps.length).toBeGreaterThan(2);

      const divergent: string[] = [];
      for (let step = 1; step <= steps.length; step += 1) {
        const where = `${step}/${steps.length} ${steps[step - 1]}`;
        const env = await arranged(scenario);
        cloud.endpoint.setFaults(failNth(step, kind, () => true));
        const failed = await scenario.act(env);
        cloud.endpoint.setFaults(null);
        env.deps.clock.advance(1000);
        let retried = await scenario.act(env);
        if (code(retried) === 'REQUEST_IN_PROGRESS') {
          // Only a claim whose own answer was lost stays pending: it is taken over once stale.
          expect({ where, failed: code(failed), kind }).toEqual({ where, failed: 'INTERNAL', kind: 'answer-lost' });
          env.deps.clock.advance(STALE_CLAIM_MS);
          retried = await scenario.act(env);
        }
        const converged =
          code(retried) === 'OK' &&
          JSON.stringify(outcomes(retried)) === JSON.stringify(outcomes(succeeded)) &&
          JSON.stringify(await scenario.observe(env)) === JSON.stringify(expected);
        if (!converged) divergent.push(where);
        // Every seat held by exactly the bookings that hold one: no seat leaked, none held twice.
        for (const slot of slotsNotAddingUp(env.server)) divergent.push(`${where}: ${slot}`);
      }
      expect(divergent).toEqual([]);
    },
    HEAVY_TEST_MS,
  );
});
