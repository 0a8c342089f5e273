import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryCloudbaseServer,
} from '../../tools/cloudbase-local/memory/cloudbaseMemory';

/**
 * The in-memory CloudBase (cloudbaseMemory.ts) behind node-sdk's own HTTP API, for code that
 * cannot be handed a `Db`: a built function bundle carries its own copy of the SDK. Such a
 * process talks to it when started with `env` (CloudBase's own variables: the SDK sends every
 * request to TCB_CONTEXT_CNFG.URL when set). Database actions go to the memory server, WeChat
 * open APIs (`callWxOpenApi`) to `openApis`, `getTempFileURL` gets a made-up https address; any
 * other action is answered as a failure, so nothing passes without being looked at.
 */
export interface CloudbaseHttp {
  env: Record<string, string>;
  server: MemoryCloudbaseServer;
  /** Every action received, database or not, in order. */
  actions: string[];
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

export interface CloudbaseHttpOptions {
  /** Writes the starting data through the production adapter, before any request. */
  seed?: (storage: Storage) => Promise<unknown>;
  /** WeChat's reply body by open API name (as `callWxOpenApi({ apiName })` names it). */
  openApis?: Record<string, (requestData: Record<string, unknown>) => unknown>;
}

type Reply = { requestId: string; data: unknown } | { requestId: string; code: string; message: string };

export async function startCloudbaseHttp({ seed, openApis = {} }: CloudbaseHttpOptions = {}): Promise<CloudbaseHttp> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  await seed?.(createCloudbaseStorage(db));
  const server = inspectMemoryDb(db);
  const actions: string[] = [];
  const http = createServer((request, response) => {
    void readJson(request).then((body) => {
      const action = String(body.action);
      actions.push(action);
      const params = Object.fromEntries(Object.entries(body).filter(([key]) => !ENVELOPE_FIELDS.includes(key)));
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(replyTo(action, params)));
    });
  });
  const replyTo = (action: string, params: Record<string, unknown>): Reply => {
    if (action.startsWith('database.')) return server.handle(action, params);
    if (action === 'storage.batchGetDownloadUrl') return temporaryUrls(params);
    const answer = action === 'wx.api' ? openApis[String(params.apiName)] : undefined;
    if (answer) return openApiReply(answer, params);
    return { requestId: 'http-unsupported', code: 'NOT_SUPPORTED', message: `cloudbaseHttp does not answer ${action}` };
  };
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    env: {
      TCB_ENV: 'memory-env',
      SCF_NAMESPACE: 'memory-env',
      // In a function: same-region, internal plain HTTP, and no probe of the metadata service.
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'memory-id',
      TENCENTCLOUD_SECRETKEY: 'memory-key',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `http://127.0.0.1:${port}/admin` }),
    },
    server,
    actions,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

/** As CloudBase relays WeChat's answer: its JSON body as text in `responseData`. */
function openApiReply(
  answer: (requestData: Record<string, unknown>) => unknown,
  params: Record<string, unknown>,
): Reply {
  const requestData = JSON.parse(String(params.requestData || '{}')) as Record<string, unknown>;
  return { requestId: 'http-open-api', data: { responseData: JSON.stringify(answer(requestData)) } };
}

/** `getTempFileURL`: each cloud:// file id with an address WeChat could fetch it from. */
function temporaryUrls(params: Record<string, unknown>): Reply {
  const files = params.file_list as { fileid: string }[];
  const downloadList = files.map(({ fileid }) => ({
    fileID: fileid,
    tempFileURL: `https://memory.tcb.example/${fileid.replace(/^cloud:\/\/[^/]+\//, '')}`,
    code: 'SUCCESS',
  }));
  return { requestId: 'http-temp-url', data: { download_list: downloadList } };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return JSON.parse(text) as Record<string, unknown>;
}
