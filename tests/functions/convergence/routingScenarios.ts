import { type Env, RETRIED_ID, type Scenario } from './harness';

const ZHOU = 'u-street-zhou';

/** 古槐街道's table as stored and the routing audit lines, without times. */
async function routingState(env: Env) {
  const table = await env.storage.routing.table('s-guhuai');
  const audit = await env.storage.audit.listByActions(
    ['casework.saveRoutingRule', 'casework.deleteRoutingRule', 'casework.setSlaClass'],
    { after: null, limit: 50 },
  );
  return {
    table,
    audit: audit.items.map((a) => `${a.action}:${a.actorId}:${JSON.stringify(a.before)}:${JSON.stringify(a.after)}`),
  };
}

function scenario(action: string, data: object): Scenario {
  return {
    arrange: async () => undefined,
    act: (env) => env.call('casework', ZHOU, action, data, RETRIED_ID),
    observe: routingState,
  };
}

/** The street's routing table edits (街呼区应), on the demo's seeded table. */
export const routingScenarios: [string, Scenario][] = [
  [
    'casework.saveRoutingRule (a new rule)',
    scenario('saveRoutingRule', {
      category: 'noise',
      place: { kind: 'community', id: 'c-ximen' },
      holder: { kind: 'department', id: 'dep-chengguan' },
    }),
  ],
  [
    'casework.saveRoutingRule (a changed rule: the audit keeps what it was)',
    scenario('saveRoutingRule', {
      ruleId: 'rr-demo-parking',
      category: 'parking',
      place: null,
      holder: { kind: 'street', id: 's-guhuai' },
    }),
  ],
  ['casework.deleteRoutingRule', scenario('deleteRoutingRule', { ruleId: 'rr-demo-environment' })],
  ['casework.setSlaClass', scenario('setSlaClass', { category: 'safety', slaClass: 'utilities' })],
];
