import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudFiles, LOCAL_ENV_ID } from './cloudFiles';
import type { FaultKind, FaultPlan } from './faults';
import { MemoryCloudbaseServer } from './memory/memoryServer';
import { RequestLog } from './requestLog';
import { storageReply } from './storageActions';

/**
 * A local stand-in for CloudBase's tcb admin API, for code that talks to CloudBase through
 * node-sdk over HTTP: above all the built function bundles (dist/cloudfunctions), whose SDK sends
 * every request to TCB_CONTEXT_CNFG.URL when set (see `env`). Never deployed.
 *
 * It answers database actions from the in-memory database (memory/), WeChat open APIs
 * (`callWxOpenApi`) from `openApis`, and cloud storage from local files (`files`). Every request is
 * logged (RequestLog) and may be delayed (`latency`) or failed (`faults`). What it does not
 * emulate: permissions (security rules), indexes and their limits, quotas and rate limits,
 * request signing (any credentials are accepted).
 */
export interface EndpointOptions {
  /** The database; a fresh empty one by default. */
  server?: MemoryCloudbaseServer;
  /** WeChat's reply body by open API name (as `callWxOpenApi({ apiName })` names it). */
  openApis?: Record<string, (requestData: Record<string, unknown>) => unknown>;
  /** Cloud storage; a temporary folder by default. */
  files?: CloudFiles;
  /** Each request waits a random 0..maxMs before it is handled, so concurrent calls interleave. */
  latency?: { maxMs: number; random?: () => number };
  faults?: FaultPlan;
}

export interface CloudbaseEndpoint {
  /** The variables a function process needs for its SDK to talk to this endpoint. */
  env: Record<string, string>;
  url: string;
  server: MemoryCloudbaseServer;
  files: CloudFiles;
  log: RequestLog;
  /** Replaces the fault plan (null: no faults), e.g. between the steps of a test. */
  setFaults(plan: FaultPlan | null): void;
  /** Answers from another database from now on: a test's fresh start without new processes. */
  useDatabase(server: MemoryCloudbaseServer): void;
  close(): Promise<void>;
}

/** Added by the SDK to every request, beside the action's own parameters. */
const ENVELOPE_FIELDS = [
  'action',
  'envName',
  'instance',
  'database',
  'wxCloudApiToken',
  'wxCloudbaseAccesstoken',
  'tcb_sessionToken',
  'crossAuthorizationToken',
];

type Reply = { requestId: string; data: unknown } | { requestId: string; code: string; message: string };

export async function startCloudbaseEndpoint(options: EndpointOptions = {}): Promise<CloudbaseEndpoint> {
  let server = options.server ?? new MemoryCloudbaseServer();
  const files = options.files ?? new CloudFiles(mkdtempSync(path.join(tmpdir(), 'mq-cloud-files-')));
  const log = new RequestLog();
  let faults = options.faults ?? null;
  let baseUrl = '';

  const answer = (action: string, params: Record<string, unknown>): Reply => {
    if (action.startsWith('database.')) return server.handle(action, params);
    const stored = storageReply(action, params, files, baseUrl);
    if (stored) return stored;
    const openApi = action === 'wx.api' ? options.openApis?.[String(params.apiName)] : undefined;
    if (openApi) return openApiReply(openApi, params);
    return {
      requestId: 'local-unsupported',
      code: 'NOT_SUPPORTED',
      message: `local endpoint does not answer ${action}`,
    };
  };

  const handleAction = async (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    const body = JSON.parse((await readBody(request)).toString('utf8')) as Record<string, unknown>;
    const action = String(body.action);
    const params = Object.fromEntries(Object.entries(body).filter(([key]) => !ENVELOPE_FIELDS.includes(key)));
    const collection = typeof params.collectionName === 'string' ? params.collectionName : null;
    const seq = log.entries.length + 1;
    if (options.latency) await delay(options.latency.maxMs * (options.latency.random ?? Math.random)());
    const fault: FaultKind | null = faults?.({ seq, action, collection }) ?? null;
    const done = () => log.record({ seq, action, collection, ms: performance.now() - started, fault });
    if (fault === 'server-error') {
      done();
      response.statusCode = 500;
      return response.end('Internal Server Error');
    }
    const reply = answer(action, params);
    done();
    if (fault === 'answer-lost') return response.socket?.destroy();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(reply));
  };

  const http = createServer((request, response) => {
    const served = request.url?.startsWith('/cos/')
      ? serveFile(request, response, files)
      : handleAction(request, response);
    served.catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  // The SDK keeps its connections alive between requests. Node closes an idle one after 5 s, and a
  // request the SDK sends on it at that moment fails with ECONNRESET (seen under load, when the
  // 0-20 ms latency and a busy machine stretch the gaps): the server waits longer than any client.
  http.keepAliveTimeout = IDLE_CONNECTION_MS;
  http.headersTimeout = IDLE_CONNECTION_MS + 1_000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    env: functionEnv(`${baseUrl}/admin`),
    url: baseUrl,
    get server() {
      return server;
    },
    files,
    log,
    setFaults: (plan) => (faults = plan),
    useDatabase: (next) => (server = next),
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

/** CloudBase's own variables in a function, pointing its SDK at `adminUrl`. */
function functionEnv(adminUrl: string): Record<string, string> {
  return {
    TCB_ENV: LOCAL_ENV_ID,
    SCF_NAMESPACE: LOCAL_ENV_ID,
    // In a function: same-region, internal plain HTTP, and no probe of the metadata service.
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local-id',
    TENCENTCLOUD_SECRETKEY: 'local-key',
    TENCENTCLOUD_SESSIONTOKEN: 'local-session',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
  };
}

/** As CloudBase relays WeChat's answer: its JSON body as text in `responseData`. */
function openApiReply(
  answer: (requestData: Record<string, unknown>) => unknown,
  params: Record<string, unknown>,
): Reply {
  const requestData = JSON.parse(String(params.requestData || '{}')) as Record<string, unknown>;
  return { requestId: 'local-open-api', data: { responseData: JSON.stringify(answer(requestData)) } };
}

/** PUT: the bytes of an upload (the SDK's uploadFile, after getUploadMetadata); GET: a download. */
async function serveFile(request: IncomingMessage, response: ServerResponse, files: CloudFiles): Promise<void> {
  const cloudPath = decodeURIComponent((request.url ?? '').slice('/cos/'.length).split('?')[0]);
  if (request.method === 'PUT') {
    files.save(cloudPath, await readBody(request));
    return void response.end('');
  }
  const bytes = files.read(cloudPath);
  response.statusCode = bytes ? 200 : 404;
  response.end(bytes ?? 'NoSuchKey');
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** How long an idle kept-alive connection stays open: longer than the SDK ever leaves one idle. */
const IDLE_CONNECTION_MS = 120_000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
