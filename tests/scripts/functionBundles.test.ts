import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { functionNames } from '@domain/contract';
import { cloudUploadFolder } from '@domain/uploads';
import { buildFunction, functionBundleOptions, type BuiltFunction } from '../../scripts/build-functions';
import { deferredFile, deferredModules, deferredSource } from '../../scripts/deferredModules';
import { sdkCuts } from '../../scripts/sdkCuts';
import { seedDemoData } from '../../host/seed';
import { callBuiltFunctions } from '../support/builtFunctions';
import { startCloudbaseHttp, type CloudbaseHttp } from '../support/cloudbaseHttp';
import { requestId } from '../support/testDeps';

/**
 * The deployed bundles themselves (scripts/build-functions.ts, built here into a temporary
 * folder): what they carry, and that each still loads and answers with its own copy of the SDK.
 */
let dir: string;
let built: Record<string, BuiltFunction>;
let cloudbase: CloudbaseHttp;
const mediaChecks: Record<string, unknown>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mq-functions-'));
  built = {};
  for (const fn of functionNames) built[fn] = await buildFunction(fn, dir);
  cloudbase = await startCloudbaseHttp({
    seed: (storage) => seedDemoData(storage, Date.now()),
    openApis: {
      'wxa/msg_sec_check': () => ({ errcode: 0, result: { suggest: 'pass', label: 100 } }),
      // The code a getPhoneNumber button gave this resident; any other is one WeChat refuses.
      'wxa/business/getuserphonenumber': (request) =>
        request.code === 'phone-code-1'
          ? { errcode: 0, phone_info: { purePhoneNumber: '13912345678', countryCode: '86' } }
          : { errcode: 40029, errmsg: 'invalid code' },
      'wxa/media_check_async': (request) => {
        mediaChecks.push(request);
        return { errcode: 0, trace_id: `trace-${mediaChecks.length}` };
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await cloudbase?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the built cloud functions', () => {
  it('each loads in a fresh Node and answers a signed-in user through its SDK, over HTTP', async () => {
    const openid = 'o-bundle-resident';
    const signUp = await callBuiltFunctions(dir, cloudbase.env, [
      { fn: 'account', action: 'login', openid, requestId: requestId() },
      {
        fn: 'account',
        action: 'updateProfile',
        data: { name: '居民', communityId: 'c-dongmen' },
        openid,
        requestId: requestId(),
      },
      { fn: 'account', action: 'verifyPhone', data: { code: 'phone-code-1' }, openid, requestId: requestId() },
      { fn: 'account', action: 'me', openid },
    ]);
    expect(signUp).toEqual(signUp.map(() => expect.objectContaining({ ok: true })));
    const { user } = (signUp[3] as { data: { user: { id: string } } }).data;
    expect(signUp[3]).toMatchObject({
      data: { user: { role: 'resident', communityId: 'c-dongmen', phone: '13912345678', phoneVerified: true } },
    });

    // Uploaded by the phone into the resident's own folder, as wx.cloud.uploadFile does.
    const photo = cloudbase.files.save(`${cloudUploadFolder(user.id)}lamp.jpg`, Buffer.from('jpeg bytes'));
    const raised = {
      title: '楼道灯坏了',
      body: '三号楼二单元的楼道灯坏了一个星期',
      category: 'property',
      photos: [photo],
    };
    const [raise, ...queries] = await callBuiltFunctions(dir, cloudbase.env, [
      { fn: 'matter', action: 'raise', data: raised, openid, requestId: requestId() },
      { fn: 'matter', action: 'list', data: {}, openid },
      { fn: 'visit', action: 'days', data: {}, openid },
      { fn: 'notification', action: 'unreadCount', data: {}, openid },
    ]);
    // The demo community reviews new matters first; the text check (an open API) passed.
    expect(raise).toMatchObject({
      ok: true,
      data: { moderation: 'queued', maskedKinds: [], matter: { title: raised.title } },
    });
    expect(queries).toEqual(queries.map(() => expect.objectContaining({ ok: true })));
    expect(cloudbase.server.documents('mq_matters')).toEqual([expect.objectContaining({ title: raised.title })]);
    // The photo went to WeChat's image check by a temporary address (getTempFileURL).
    expect(mediaChecks).toEqual([
      expect.objectContaining({ media_url: `${cloudbase.url}/cos/${cloudUploadFolder(user.id)}lamp.jpg` }),
    ]);
    expect(cloudbase.actions.filter((action) => !action.startsWith('database.'))).toEqual([
      // the phone-number code exchanged, the text checked, the photo sent to the image check by its address
      'wx.api',
      'wx.api',
      'storage.batchGetDownloadUrl',
      'wx.api',
    ]);
  }, 60_000);

  it('carries its own part of the contract only: the others are neither shipped nor built at a cold start', () => {
    for (const fn of functionNames) {
      const contracts = built[fn].inputs.filter((input) => /src\/domain\/contract\/[a-z]+\.ts$/.test(input));
      expect({ fn, contracts: contracts.map((input) => input.split('/').pop()).sort() }).toEqual({
        fn,
        contracts: ['define.ts', `${fn}.ts`].sort(),
      });
    }
  });

  it('is ASCII only, so Node holds its source one byte a character (one non-ASCII character doubles it)', () => {
    for (const fn of functionNames) {
      const nonAscii = readFileSync(path.join(dir, fn, 'index.js'), 'utf8').match(/[\u0080-\uffff]/g) ?? [];
      expect({ fn, nonAscii }).toEqual({ fn, nonAscii: [] });
    }
  });

  it('carries no source map, inline or beside it', () => {
    const deferredFiles = deferredModules.map((deferred) => path.basename(deferredFile(deferred))).sort();
    for (const fn of functionNames) {
      expect(readdirSync(path.join(dir, fn)).sort()).toEqual(['config.json', 'deferred', 'index.js', 'package.json']);
      expect(readdirSync(path.join(dir, fn, 'deferred')).sort()).toEqual(deferredFiles);
      for (const file of ['index.js', ...deferredFiles.map((name) => path.join('deferred', name))]) {
        expect(readFileSync(path.join(dir, fn, file), 'utf8')).not.toMatch(/sourceMappingURL/);
      }
    }
  });
});

/**
 * How a function would reach each cut part of the SDK: the test calls it in a bundle built like
 * the functions, and expects the stand-in's error. A new cut needs its probe here.
 */
const probes: Record<string, string> = {
  ai: 'app.ai()',
  'wx-cloud-client-sdk': 'app.models.matters.list({})',
  'form-data': "app.callCompatibleWxOpenApi({ apiName: 'wxa/getwxacode', requestData: Buffer.from('{}') })",
  jsonwebtoken:
    "tcb.init({ env: 'memory-env', credentials: { private_key_id: 'k', private_key: 'p', env_id: 'memory-env' } }).auth().createTicket('resident-0001')",
};

describe('the parts of @cloudbase/node-sdk cut from the bundles (scripts/sdkCuts.ts)', () => {
  it.each(sdkCuts.map((cut) => [cut.name, cut] as const))(
    '%s: its stand-in is in every bundle, its packages in none',
    (name, cut) => {
      for (const fn of functionNames) {
        const { inputs } = built[fn];
        expect(inputs).toContain(`sdk-cut:${name}`);
        expect(inputs.filter((input) => cut.removes.some((pkg) => input.includes(`node_modules/${pkg}/`)))).toEqual([]);
      }
    },
  );

  it('each cut feature, if a function ever calls it, fails loudly, naming the cut', async () => {
    expect(Object.keys(probes).sort()).toEqual(sdkCuts.map(({ name }) => name).sort());
    const outfile = path.join(dir, 'probe.js');
    await build({
      ...functionBundleOptions,
      stdin: { contents: probeSource(), resolveDir: path.resolve(__dirname, '../..'), loader: 'ts' },
      outfile,
    });
    const run = spawnSync(process.execPath, [outfile], { env: { ...process.env, ...cloudbase.env }, encoding: 'utf8' });
    const errors = JSON.parse(run.stdout) as Record<string, string>;
    for (const cut of sdkCuts) {
      expect(errors[cut.name]).toContain(`${cut.feature} is cut from the function bundles by scripts/sdkCuts.ts`);
    }
  });
});

function probeSource(): string {
  return `
    import tcb from '@cloudbase/node-sdk';
    const app: any = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    const probes: Record<string, () => unknown> = { ${Object.entries(probes)
      .map(([name, call]) => `${JSON.stringify(name)}: () => ${call}`)
      .join(', ')} };
    (async () => {
      const errors: Record<string, string> = {};
      for (const [name, probe] of Object.entries(probes)) {
        try { await probe(); errors[name] = 'no error'; } catch (error) { errors[name] = String((error as Error).message); }
      }
      console.log(JSON.stringify(errors));
    })();`;
}

describe('the modules node-sdk loads but our calls never use, deferred (scripts/deferredModules.ts)', () => {
  it.each(deferredModules.map((deferred) => [deferred.name] as const))(
    '%s: every function carries it whole, in its own file behind the stand-in in its bundle',
    (name) => {
      for (const fn of functionNames) {
        expect(built[fn].inputs).toContain(`deferred:${name}`);
        expect(built[fn].inputs.some((input) => input.includes(`node_modules/${name}/`))).toBe(true);
        expect(readFileSync(path.join(dir, fn, 'index.js'), 'utf8')).toContain(`require("./deferred/${name}.js")`);
      }
    },
  );

  it('a stand-in requires nothing when loaded, and the real module at its first use, once', () => {
    for (const deferred of deferredModules) {
      const real = Object.assign(
        () => 'called',
        Object.fromEntries(deferred.members.map((m) => [m, () => `real ${m}`])),
      );
      const required: string[] = [];
      const module = { exports: {} as Record<string, (...args: unknown[]) => unknown> };
      new Function('module', 'require', deferredSource(deferred, '/real/path'))(module, (id: string) => {
        required.push(id);
        return real;
      });
      expect(required).toEqual([]);
      for (const member of deferred.members) expect(module.exports[member]()).toBe(`real ${member}`);
      if (deferred.callable) expect((module.exports as unknown as () => unknown)()).toBe('called');
      expect(required).toEqual(['/real/path']);
    }
  });

  it('a stand-in constructs the real class under `new` (the SDK constructs agents)', () => {
    for (const deferred of deferredModules) {
      class Real {
        constructor(readonly options: unknown) {}
      }
      const real = Object.assign(
        class extends Real {},
        Object.fromEntries(deferred.members.map((member) => [member, class extends Real {}])),
      );
      const module = { exports: {} as Record<string, new (options: unknown) => Real> };
      new Function('module', 'require', deferredSource(deferred, '/real/path'))(module, () => real);
      for (const member of deferred.members) {
        const made = new module.exports[member]({ timeout: 1 });
        expect(made).toBeInstanceOf((real as unknown as Record<string, typeof Real>)[member]);
        expect(made.options).toEqual({ timeout: 1 });
      }
      if (deferred.callable) {
        expect(new (module.exports as unknown as new (options: unknown) => Real)({ timeout: 2 })).toBeInstanceOf(real);
      }
    }
  });

  it('the SDK still gets working modules through them: xml2js parses, axios fetches, agents connect and construct, lodash helpers work', async () => {
    const outfile = path.join(dir, 'deferred-probe.js');
    await build({
      ...functionBundleOptions,
      stdin: {
        contents: `
          import { parseString } from 'xml2js';
          import axios from 'axios';
          import * as keepAlive from 'agentkeepalive';
          import { HttpsProxyAgent } from 'https-proxy-agent';
          import { HttpProxyAgent } from 'http-proxy-agent';
          import set from 'lodash.set';
          import unset from 'lodash.unset';
          import cloneDeep from 'lodash.clonedeep';
          import { createServer, get } from 'node:http';
          const server = createServer((_, response) => response.end('pong')).listen(0, '127.0.0.1', async () => {
            const url = 'http://127.0.0.1:' + (server.address() as { port: number }).port;
            const [got, called] = [(await axios.get(url)).data, (await axios({ url })).data];
            const agent = new (keepAlive as any).default({ keepAlive: true });
            const kept = await new Promise((resolve) =>
              get(url, { agent }, (response) => { let body = ''; response.on('data', (c) => (body += c)); response.on('end', () => resolve(body)); }),
            );
            agent.destroy();
            const agents = {
              keepAliveHttpsPort: new (keepAlive as any).HttpsAgent({}).defaultPort,
              httpsProxy: typeof new (HttpsProxyAgent as any)({ host: '127.0.0.1', port: 1 }).addRequest,
              httpProxy: typeof new (HttpProxyAgent as any)({ host: '127.0.0.1', port: 1 }).addRequest,
            };
            const doc = { a: { b: 1 } };
            const copy = cloneDeep(doc);
            set(copy, 'a.c', 2);
            unset(copy, 'a.b');
            const lodash = { doc, copy };
            parseString('<Error><Code>NoSuchKey</Code></Error>', (error: unknown, xml: unknown) => {
              console.log(JSON.stringify({ got, called, kept, agents, lodash, xml }));
              server.close();
            });
          });`,
        resolveDir: path.resolve(__dirname, '../..'),
        loader: 'ts',
      },
      outfile,
    });
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({
      got: 'pong',
      called: 'pong',
      kept: 'pong',
      agents: { keepAliveHttpsPort: 443, httpsProxy: 'function', httpProxy: 'function' },
      lodash: { doc: { a: { b: 1 } }, copy: { a: { c: 2 } } },
      xml: { Error: { Code: ['NoSuchKey'] } },
    });
  });
});
