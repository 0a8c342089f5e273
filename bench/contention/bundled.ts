import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import type { Envelope } from '@domain/envelope';
import { cloudbaseContextFor } from '../../host/cloudbaseContext';
import { demoOpenid, seedDemoData } from '../../host/seed';
import type { LocalCloud } from '../../tools/cloudbase-local/localCloud';
import { freshMemoryDb, inspectMemoryDb } from '../../tools/cloudbase-local/memory/cloudbaseMemory';
import type { ContentionFigures } from './figures';
import { contentionRun } from './run';
import type { ContentionPlan } from './plan';

let requestCounter = 0;

/**
 * A contention run through the deployed artifacts: every `visit` call goes to the built bundle's
 * warm instance (tools/cloudbase-local/runner.ts), whose SDK talks over HTTP to the local endpoint
 * (with the endpoint's random latency, if the cloud was started with one, the steps of concurrent
 * calls interleave as in the cloud). The database starts fresh with the demo data and the plan's
 * residents; the verdict is read back from it.
 */
export async function contentionThroughBundles(cloud: LocalCloud, plan: ContentionPlan): Promise<ContentionFigures> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const storage = createCloudbaseStorage(db);
  const now = Date.now();
  await seedDemoData(storage, now);
  cloud.endpoint.useDatabase(inspectMemoryDb(db));
  await cloud.runner.setClock(null);
  const call = async (userId: string, action: string, data: unknown) => {
    requestCounter += 1;
    const event = { action, data, requestId: `contention-${requestCounter}` };
    const context = cloudbaseContextFor(demoOpenid(userId), 'wx-contention', 'visit', event.requestId);
    return (await cloud.runner.call('visit', event, context)) as Envelope<any>;
  };
  return contentionRun(storage, call, now, plan);
}
