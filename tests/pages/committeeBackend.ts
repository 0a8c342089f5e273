import { seededBackend } from '../support/seededBackend';

/**
 * The real server behind the committee page tests, like `realBackend`, but one database and one
 * set of dependencies shared by several demo users: residents raise matters, the committee
 * handles them.
 */
export async function committeeBackend() {
  const server = await seededBackend();
  const { storage, deps, as } = server;

  /** Calls a `matter` action as a demo user, outside the page; fails the test if refused. */
  function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    return server.act<T>('matter', userId, action, data);
  }

  /** A resident raises a matter; it waits for review. Returns its id. */
  async function raise(userId: string, title: string, body = `${title}，希望居委会帮忙协调解决一下。`) {
    const { matter } = await act<{ matter: { id: string } }>(userId, 'raise', { title, body, category: 'parking' });
    return matter.id;
  }

  return { storage, deps, as, act, raise, seeded: server };
}
