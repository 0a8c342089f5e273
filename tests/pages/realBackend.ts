import { seededBackend } from '../support/seededBackend';
import type { Backend } from './render';

/**
 * The real server behind the page tests: the same handlers and services over an in-memory
 * SQLite seeded with the demo data, called as the given demo user.
 */
export async function realBackend(userId: string) {
  const server = await seededBackend();
  const backend: Backend = server.as(userId);
  return { storage: server.storage, backend };
}
