import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../../../host/app';
import { hostConfigFromEnv } from '../../../host/config';
import { silentLogger } from '../../../cloudfunctions/lib/adapters/system/logger';

export interface TestHost {
  host: RunningHost;
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The real host on a free port over a fresh (or the given) DATA_DIR, as `npm start` runs it. */
export async function startTestHost(
  options: { devMode?: boolean; dataDir?: string; webRoot?: string } = {},
): Promise<TestHost> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'mq-host-'));
  const config = {
    ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }),
    port: 0,
    dataDir,
    devMode: options.devMode ?? true,
    webRoot: options.webRoot ?? path.join(dataDir, 'no-web'),
  };
  const host = await startHost(config, { logger: silentLogger });
  return {
    host,
    dataDir,
    async stop({ keepData = false } = {}) {
      await host.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/** A same-origin JSON POST as the h5 app sends it (fetch adds no Origin here: not a browser). */
export async function post(
  host: RunningHost,
  route: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

export async function login(host: RunningHost, userId: string): Promise<{ token: string; cookie: string }> {
  const result = await post(host, '/api/dev/login', { userId });
  if (result.status !== 200) throw new Error(`login ${userId}: ${JSON.stringify(result.body)}`);
  return { token: result.body.data.token, cookie: (result.headers.get('set-cookie') ?? '').split(';')[0] };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function me(host: RunningHost, headers: Record<string, string>): Promise<Answer> {
  return post(host, '/api/account', { action: 'me' }, headers);
}

export interface RawExchange {
  /** Everything the server sent, as text. */
  text: string;
  status: number | null;
  /** Whether the server ended the connection cleanly (FIN) rather than resetting it. */
  ended: boolean;
  reset: boolean;
  elapsedMs: number;
}

/**
 * Sends `head` and then `body` on a fresh TCP connection and collects what comes back until the
 * server closes the connection or `waitMs` passes. Write errors (the server stopped reading) are
 * recorded, not thrown: the test then looks at what the client could read.
 */
export function rawExchange(url: string, head: string, body: Buffer, waitMs = 4000): Promise<RawExchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let ended = false;
    let reset = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const status = text.match(/^HTTP\/1\.1 (\d{3})/)?.[1];
      resolve({ text, status: status ? Number(status) : null, ended, reset, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      ended = true;
      finish();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') reset = true;
      finish();
    });
    socket.on('connect', () => {
      socket.write(head);
      socket.write(body);
    });
  });
}
