import { seededBackend, type SeededBackend } from '../tests/support/seededBackend';
import { measureFlowsThroughBundles } from './tapCost/bundled';
import { budgetOf, withinBudget } from './tapCost/budgets';
import { countedCloudbase, countedSqlite, type CountedStorage } from './tapCost/engines';
import { flows, type Flow } from './tapCost/flows';
import { setUpScene } from './tapCost/scene';

/** What one user action cost on one engine. */
export interface FlowCost {
  functionCalls: number;
  dbRequests: number;
  /** Each call's share, in order: where the requests go (`fn.action requests`). */
  byCall: string[];
  /** Each call's requests as the database received them (CloudBase), for `--requests`. */
  requestsByCall: string[][];
}

/**
 * What a tap costs: each flow of flows.ts, the calls its page makes in order, through the real
 * handlers and services, on a fresh demo-seeded backend with the same scene, counting function
 * calls and database round trips. The flows run in order on one backend (cancelTap cancels a
 * booking the scene made; bookTap books a seat on the same day). Budgets are reported, not enforced.
 */
export async function measureFlows(
  counted: CountedStorage,
  /** How the flows' calls are made (the scene is always set up in process): in process by default. */
  callVia: (backend: SeededBackend) => SeededBackend['call'] = (backend) => backend.call,
): Promise<Record<string, FlowCost>> {
  const backend = await seededBackend({ storage: counted.storage });
  const scene = await setUpScene(backend);
  const call = callVia(backend);
  const costs: Record<string, FlowCost> = {};
  for (const flow of flows) {
    const before = counted.requests();
    const byCall: string[] = [];
    const requestsByCall: string[][] = [];
    for (const { fn, action, input } of flow.steps) {
      const callStart = counted.requests();
      const answer = await call(fn, flow.caller, action, input(scene));
      if (!answer.ok) throw new Error(`${flow.name}: ${fn}.${action} refused: ${answer.code} ${answer.message}`);
      byCall.push(`${fn}.${action} ${counted.requests() - callStart}`);
      requestsByCall.push(counted.described().slice(callStart));
    }
    const dbRequests = counted.requests() - before;
    costs[flow.name] = { functionCalls: flow.steps.length, dbRequests, byCall, requestsByCall };
  }
  await counted.storage.close();
  return costs;
}

export async function tapCostBench(): Promise<Record<string, number>> {
  // CloudBase's counts are the local endpoint's request log, the deployed bundles calling it over
  // HTTP; the adapter in process (the in-memory requester) must count the same, or one of them lies.
  const cloud = await measureFlowsThroughBundles();
  const inProcess = await measureFlows(await countedCloudbase());
  for (const { name } of flows) {
    if (cloud[name].dbRequests !== inProcess[name].dbRequests) {
      console.warn(
        `tapCost ${name}: ${cloud[name].dbRequests} requests through the bundles, ${inProcess[name].dbRequests} in process`,
      );
    }
  }
  const sqlite = await measureFlows(countedSqlite());
  printTable(flows, cloud, sqlite);
  if (process.argv.includes('--calls')) printCalls(flows, cloud, sqlite);
  if (process.argv.includes('--requests')) printRequests(flows, cloud);
  const results: Record<string, number> = {};
  for (const { name } of flows) {
    const { functionCalls, dbRequests } = cloud[name];
    results[`cloud.${name}.functionCalls`] = functionCalls;
    results[`cloud.${name}.dbRequests`] = dbRequests;
    results[`cloud.${name}.withinBudget`] = withinBudget(budgetOf(name), functionCalls, dbRequests) ? 1 : 0;
    results[`sqlite.${name}.statements`] = sqlite[name].dbRequests;
  }
  return results;
}

function printTable(all: Flow[], cloud: Record<string, FlowCost>, sqlite: Record<string, FlowCost>): void {
  const header = ['flow', 'calls', 'db requests', 'sqlite statements', 'budget', ''];
  const rows = all.map(({ name }) => {
    const budget = budgetOf(name);
    const { functionCalls, dbRequests } = cloud[name];
    return [
      name,
      String(functionCalls),
      String(dbRequests),
      String(sqlite[name].dbRequests),
      `<= ${budget.functionCalls} calls${budget.dbRequests === undefined ? '' : `, ${budget.dbRequests} requests`}`,
      withinBudget(budget, functionCalls, dbRequests) ? '' : 'over budget',
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  console.log(
    '\nwhat a tap costs (CloudBase: requests the local endpoint received from the built bundles; SQLite statements)',
  );
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}

function printCalls(all: Flow[], cloud: Record<string, FlowCost>, sqlite: Record<string, FlowCost>): void {
  console.log('\neach call of each flow: CloudBase requests | SQLite statements');
  for (const { name } of all) {
    const calls = cloud[name].byCall.map((call, i) => `${call} | ${sqlite[name].byCall[i].split(' ')[1]}`);
    console.log(`${name}: ${calls.join(', ')}`);
  }
}

/** Every CloudBase request of every call, in order: what to cut next. */
function printRequests(all: Flow[], cloud: Record<string, FlowCost>): void {
  console.log('\neach CloudBase request of each call');
  for (const { name, steps } of all) {
    steps.forEach((step, i) => {
      console.log(`${name}: ${step.fn}.${step.action}`);
      for (const request of cloud[name].requestsByCall[i]) console.log(`    ${request}`);
    });
  }
}

// `npx tsx bench/tapCost.ts [--calls] [--requests]`: the table alone (with each call's share), without building or measuring anything else.
if (require.main === module) {
  tapCostBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
