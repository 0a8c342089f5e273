import path from 'node:path';
import { functionNames } from '@domain/contract';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { demoOpenid } from '../../host/seed';
import { contextFor, requestId } from '../../tests/support/testDeps';
import type { Answer, SeededBackend } from '../../tests/support/seededBackend';
import { startLocalCloud } from '../../tools/cloudbase-local/localCloud';
import { freshMemoryDb, inspectMemoryDb } from '../../tools/cloudbase-local/memory/cloudbaseMemory';
import type { FlowCost } from '../tapCost';
import { measureFlows } from '../tapCost';

const root = path.resolve(__dirname, '..', '..');

/**
 * The flows' calls through the deployed bundles (dist/cloudfunctions, each in its warm instance),
 * counted where the cloud counts them: the database requests the local endpoint received.
 */
export async function measureFlowsThroughBundles(): Promise<Record<string, FlowCost>> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const cloud = await startLocalCloud({
    server: inspectMemoryDb(db),
    bundlesDir: path.join(root, 'dist', 'cloudfunctions'),
    functions: functionNames,
    platformContext: () => contextFor(null),
    settableClock: true,
    functionOutput: 'ignore',
  });
  const received = () => cloud.endpoint.log.databaseSince(0);
  try {
    return await measureFlows(
      {
        storage: createCloudbaseStorage(db),
        requests: () => received().length,
        described: () => received().map((r) => `${r.action.replace(/^database\./, '')} ${r.collection ?? ''}`),
      },
      (backend) => throughBundles(backend, cloud),
    );
  } finally {
    await cloud.close();
  }
}

/** A call as WeChat's callFunction makes it, at the time of the scene's clock. */
function throughBundles(
  backend: SeededBackend,
  cloud: Awaited<ReturnType<typeof startLocalCloud>>,
): SeededBackend['call'] {
  return async (fn, caller, action, data = {}, id = requestId()) => {
    await cloud.runner.setClock(backend.deps.clock.now());
    const openid = typeof caller === 'string' ? demoOpenid(caller) : caller.openid;
    return (await cloud.runner.call(fn, { action, data, requestId: id }, contextFor(openid))) as Answer;
  };
}
