import type { IncomingMessage, ServerResponse } from 'node:http';
import type Database from 'better-sqlite3';
import type { FunctionHandler } from '../cloudfunctions/lib/handler';
import type { Storage } from '../cloudfunctions/lib/ports/storage';
import type { HostBackendName } from './config';
import type { Session } from './sessions';
import type { Uploader } from './uploads';

/** A GET route for stored files (photos, exports), served to signed-in users only. */
export interface FileRoute {
  prefix: string;
  serve(res: ServerResponse, rest: string, session: Session, now: number): void | Promise<void>;
}

/**
 * What answers the app's calls behind the host: the functions' code on SQLite in this process
 * (`sqlite`, the default), or the deployed bundles over a local CloudBase endpoint
 * (`cloudbase-local`, issue 17). The host's own concerns (sessions, dev login, static files,
 * headers) stay the same on both.
 */
export interface HostBackend {
  readonly name: HostBackendName;
  /** One handler per function: `(event, context) => envelope`, as CloudBase calls `main`. */
  readonly handlers: ReadonlyMap<string, FunctionHandler>;
  /** The users and places the host reads itself: sessions, the demo identities. */
  readonly data: Pick<Storage, 'users' | 'places'>;
  /** The host's own tables (sessions): host/hostTables.ts. */
  readonly hostDb: Database.Database;
  /** The SQLite schema version; null on CloudBase, whose collections have none. */
  readonly schemaVersion: number | null;
  /** Dev mode: the timer jobs now, or as if the clock read `at`. */
  runTimers(at?: number): Promise<unknown>;
  /** Told when the dev clock is set, for a backend whose functions keep their own clock. */
  clockSet?(at: number | null): Promise<void>;
  /** `POST /api/upload`: a photo from the signed-in user, stored as cloud storage would. */
  receiveUpload(req: IncomingMessage, res: ServerResponse, uploader: Uploader): Promise<void>;
  readonly fileRoutes: readonly FileRoute[];
  /** The community's open data ZIP as last published by the stats function, or null (`/open-data/`). */
  openDataBytes(communityId: string): Buffer | null;
  close(): Promise<void>;
}
