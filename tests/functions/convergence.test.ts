import { STALE_CLAIM_MS } from '../../cloudfunctions/lib/staleClaims';
import type { FailureMode } from '../support/failingStorage';
import { engines, type EngineName } from '../support/storages';
import { environment, type Answer } from './convergence/harness';
import { accountScenarios } from './convergence/accountScenarios';
import { activityScenarios } from './convergence/activityScenarios';
import { matterScenarios } from './convergence/matterScenarios';
import { serviceAccountScenarios } from './convergence/serviceAccountScenarios';
import { visitScenarios } from './convergence/visitScenarios';
import { caseworkScenarios } from './convergence/caseworkScenarios';

/**
 * A command that fails at any one of its writes, then is retried with the same request id, ends
 * exactly where one successful call ends: on SQLite because the unit of work rolled the failed
 * call back, on CloudBase because the retry finds what the failed call wrote (ids derived from
 * the request id, checks that recognise the command's own earlier steps) and writes the rest.
 *
 * The write steps are not listed by hand: a successful call is counted first, then a failure is
 * injected at each of its writes in turn, both before the write lands and after it (the reply
 * lost), so a write step added to a command later is covered without touching this file.
 */

const scenarios = [
  ...visitScenarios,
  ...matterScenarios,
  ...accountScenarios,
  ...serviceAccountScenarios,
  ...activityScenarios,
  ...caseworkScenarios,
];

function code(answer: Answer): string {
  return answer.ok ? 'OK' : answer.code;
}

/**
 * On SQLite the unit of work rolls the failed call back whether its write landed or not, so the
 * two modes end alike there: one is enough, and keeps the suite quick. CloudBase keeps what
 * landed, so it gets both.
 */
const modesOn: Record<EngineName, FailureMode[]> = { sqlite: ['after'], cloudbase: ['before', 'after'] };

/**
 * Each test replays a whole command once per write it makes (deleteAccount: dozens); on CloudBase
 * that took up to 3 s alone and more on a machine running other suites, past jest's 5 s default.
 */
const HEAVY_TEST_MS = 30_000;

describe.each(engines)('a command failing at any write converges when retried, on %s', (engine) => {
  // One test per failure mode: each sweeps every write of the command once, so no test carries
  // twice the work.
  describe.each(modesOn[engine])('the write failing %s it lands', (mode) => {
    it.each(scenarios)(
      '%s',
      async (_name, scenario) => {
        const reference = await environment(engine);
        await scenario.arrange(reference);
        // The command comes a moment after its set-up, as it would (timelines order by time).
        reference.deps.clock.advance(1000);
        reference.failures.failAt(null);
        const succeeded = await scenario.act(reference);
        expect(succeeded).toMatchObject({ ok: true });
        const steps = [...reference.failures.log];
        const expected = await scenario.observe(reference);
        expect(steps.length).toBeGreaterThan(1);

        for (let step = 1; step <= steps.length; step += 1) {
          const where = `${engine}, ${mode} write ${step} of ${steps.length} (${steps[step - 1]})`;
          const env = await environment(engine);
          await scenario.arrange(env);
          env.deps.clock.advance(1000);
          env.failures.failAt(step, mode);
          const failed = await scenario.act(env);
          env.failures.failAt(null);
          expect({ where, answer: code(failed) }).toEqual({ where, answer: 'INTERNAL' });
          env.deps.clock.advance(1000);
          let retried = await scenario.act(env);
          if (code(retried) === 'REQUEST_IN_PROGRESS') {
            // Only a claim whose own reply was lost is left pending: it is taken over once stale.
            expect({ where, step: steps[step - 1], mode }).toEqual({ where, step: 'idempotency.claim', mode: 'after' });
            env.deps.clock.advance(STALE_CLAIM_MS);
            retried = await scenario.act(env);
          }
          expect({ where, answer: code(retried) }).toEqual({ where, answer: 'OK' });
          if (retried.ok && 'results' in retried.data) {
            const outcomes = (answer: Answer) =>
              answer.ok ? answer.data.results.map((r: { ok: boolean }) => r.ok) : [];
            expect({ where, results: outcomes(retried) }).toEqual({ where, results: outcomes(succeeded) });
          }
          expect({ where, state: await scenario.observe(env) }).toEqual({ where, state: expected });
          // A third call with the same id only replays the answer.
          expect(await scenario.act(env)).toEqual(retried);
        }
      },
      HEAVY_TEST_MS,
    );
  });
});
