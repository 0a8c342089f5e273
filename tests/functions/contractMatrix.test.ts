import { contract, functionNames, type FunctionSpec } from '@domain/contract';
import type { CallerRole } from '@domain/users';
import { demoOpenid } from '../../host/seed';
import { seededBackend } from '../support/seededBackend';
import { engines, type EngineName } from '../support/storages';
import { contextFor, requestId } from '../support/testDeps';

/** One caller of each role, from the seeded demo data ('guest' has no users row). */
const callers: Record<CallerRole, string> = {
  guest: 'wx-unregistered',
  resident: demoOpenid('u-resident-zhang'),
  cadre: demoOpenid('u-cadre-liu'),
  committee: demoOpenid('u-committee-chen'),
  admin: demoOpenid('u-admin'),
  gridWorker: demoOpenid('u-grid-sun'),
  street: demoOpenid('u-street-zhou'),
  department: demoOpenid('u-dept-wu'),
  property: demoOpenid('u-property-zheng'),
};

const everyAction = functionNames.flatMap((fn) =>
  Object.entries(contract[fn] as FunctionSpec).map(([action, spec]) => ({ fn, action, spec })),
);

async function setup(fn: (typeof functionNames)[number], engine: EngineName) {
  const { snapshot, handlers } = await seededBackend({ engine });
  return { snapshot, handler: handlers[fn] };
}

describe.each(engines)('authorization matrix on %s: every action x every role, from the contract', (engine) => {
  it.each(everyAction.map(({ fn, action }) => [fn, action]))('%s.%s', async (fn, action) => {
    const { spec } = everyAction.find((a) => a.fn === fn && a.action === action)!;
    const { handler, snapshot } = await setup(fn as (typeof functionNames)[number], engine);
    for (const [role, openid] of Object.entries(callers) as [CallerRole, string][]) {
      const before = snapshot();
      // An empty body: allowed roles get past authorization (to validation or success);
      // refused roles are stopped before anything else happens.
      const result = await handler({ action, data: {}, requestId: requestId() }, contextFor(openid));
      const refused = !result.ok && (result.code === 'FORBIDDEN' || result.code === 'NOT_REGISTERED');
      expect({ role, refused }).toEqual({ role, refused: !spec.roles.includes(role) });
      if (refused) expect(snapshot()).toEqual(before);
    }
  });
});

/** Values that have broken handlers elsewhere: wrong types, huge strings, prototype keys. */
const hostileValues: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.NaN,
  '',
  ' ',
  'x'.repeat(5000),
  '😀'.repeat(100),
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  [],
  [1, 2, 3],
  {},
  { __proto__: { role: 'admin' } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
];

function hostileInputs(spec: FunctionSpec[string]): unknown[] {
  const shape = (spec.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const inputs: unknown[] = [...hostileValues];
  for (const key of keys) for (const value of hostileValues) inputs.push({ [key]: value });
  return inputs;
}

describe.each(engines)('fuzzing on %s: hostile input never crashes a function or changes data', (engine) => {
  it.each(everyAction.map(({ fn, action }) => [fn, action]))('%s.%s', async (fn, action) => {
    const { spec } = everyAction.find((a) => a.fn === fn && a.action === action)!;
    const { handler, snapshot } = await setup(fn as (typeof functionNames)[number], engine);
    const role = spec.roles.includes('admin') ? 'admin' : spec.roles[0];
    for (const data of hostileInputs(spec)) {
      const before = snapshot();
      const result = await handler({ action, data, requestId: requestId() }, contextFor(callers[role]));
      expect(result.ok === false ? result.code : 'OK').not.toBe('INTERNAL');
      if (!result.ok) {
        expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(snapshot()).toEqual(before);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
