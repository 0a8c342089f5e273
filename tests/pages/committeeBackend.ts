import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { createHandler } from '../../cloudfunctions/lib/handler';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { functionNames, type FunctionName } from '@domain/contract';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { contextFor, testDeps } from '../support/testDeps';
import type { Backend } from './render';

/**
 * The real server behind the committee page tests, like `realBackend`, but one database and one
 * set of dependencies shared by several demo users: residents raise matters, the committee
 * handles them.
 */
export async function committeeBackend() {
  const storage = openSqliteStorage(':memory:');
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const handlers = new Map(functionNames.map((fn) => [fn, createHandler(fn, servicesByFunction[fn] as never, deps)]));
  const as =
    (userId: string): Backend =>
    (fn, event) =>
      handlers.get(fn as FunctionName)!(event, contextFor(demoOpenid(userId)));
  let setupRequests = 0;

  /** Calls an action as a demo user, outside the page; fails the test if refused. */
  async function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    setupRequests += 1;
    const envelope = await as(userId)('matter', {
      action,
      data,
      requestId: `setup-request-${String(setupRequests).padStart(4, '0')}`,
    });
    if (!envelope.ok) throw new Error(`${action} as ${userId} refused: ${envelope.code} ${envelope.message}`);
    return envelope.data as T;
  }

  /** A resident raises a matter; it waits for review. Returns its id. */
  async function raise(userId: string, title: string, body = `${title}，希望居委会帮忙协调解决一下。`) {
    const { matter } = await act<{ matter: { id: string } }>(userId, 'raise', { title, body, category: 'parking' });
    return matter.id;
  }

  return { storage, deps, as, act, raise };
}
