import { build, type Metafile, type Plugin } from 'esbuild';
import path from 'node:path';
import { cutUnreachableSdkParts } from './sdkCuts';

/**
 * Modules @cloudbase/node-sdk `require`s when it loads but uses only in calls our functions do not
 * make. They ship with the function, whole, and work as before, but in their own file beside the
 * bundle (`deferred/<name>.js`): a small stand-in in the bundle forwards each member the SDK uses
 * and `require`s that file at the first such use, so a cold start neither evaluates nor even
 * compiles them (docs/adr/0003-function-bundle-cuts.md, 0006-cold-start-of-function-bundles.md).
 * Unlike scripts/sdkCuts.ts, nothing is taken away: a future use is only a few milliseconds slower
 * the first time.
 */
export interface DeferredModule {
  /** The import, as node-sdk writes it (bare package name). */
  name: string;
  /** Why a cold start does not need it. */
  usedBy: string;
  /** Members the SDK uses (called, or constructed with `new`), forwarded to the real module. */
  members: string[];
  /** The module itself is called (`axios(config)`) or constructed (`new Agent()`), forwarded too. */
  callable?: boolean;
}

export const deferredModules: DeferredModule[] = [
  {
    name: 'xml2js',
    usedBy: "app.uploadFile() (reads COS's XML error reply)",
    members: ['parseString'],
  },
  {
    name: 'axios',
    usedBy: 'the metadata-service lookups (outside SCF) and app.requestClient',
    members: ['get', 'post', 'put', 'delete', 'request'],
    callable: true,
  },
  // request-core.js picks an agent only for `keepalive` or `proxy`: tcb.init gets neither from
  // us (cloudfunctions/lib/runtime/cloudbase.ts), and keepalive is off by default in SCF. They
  // take `debug` (which reads the terminal's colours when it loads) and agent-base along.
  {
    name: 'agentkeepalive',
    usedBy: 'keep-alive sockets (tcb.init({ keepalive }), or outside SCF)',
    members: ['HttpsAgent'],
    callable: true,
  },
  // @cloudbase/database's realtime client (`.watch()`, which our adapters never call) is their
  // only user.
  ...['lodash.set', 'lodash.unset', 'lodash.clonedeep'].map((name) => ({
    name,
    usedBy: 'db.collection().watch() (realtime listeners)',
    members: [],
    callable: true,
  })),
  {
    name: 'https-proxy-agent',
    usedBy: 'an HTTPS proxy (tcb.init({ proxy }))',
    members: ['HttpsProxyAgent'],
  },
  {
    name: 'http-proxy-agent',
    usedBy: 'an HTTP proxy (tcb.init({ proxy }))',
    members: ['HttpProxyAgent'],
  },
];

const NAMESPACE = 'deferred';

/** Where a deferred module's own bundle goes, relative to the function's bundle. */
export function deferredFile(deferred: DeferredModule): string {
  return `./deferred/${deferred.name}.js`;
}

/**
 * The stand-in: forwards to the real module, required from `realPath` at first use. Each
 * forwarder is a plain function, so `new` reaches the real class (agents are constructed).
 */
export function deferredSource(deferred: DeferredModule, realPath: string): string {
  const forwarder = (target: string) =>
    `function (...args) { return new.target ? Reflect.construct(${target}, args) : ${target}(...args); }`;
  const forward = (member: string) => `${member}: ${forwarder(`load().${member}`)}`;
  const target = deferred.callable ? forwarder('load()') : '{}';
  return [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(realPath)}));`,
    `module.exports = Object.assign(${target}, { ${deferred.members.map(forward).join(', ')} });`,
  ].join('\n');
}

/**
 * Each deferred module bundled on its own into `<outDir>/deferred/<name>.js`, cut like the
 * functions (axios would otherwise bring back form-data). Returns the modules these files carry.
 */
export async function buildDeferredModules(
  outDir: string,
  options: { minify?: boolean; target?: string },
): Promise<Metafile['inputs']> {
  const inputs: Metafile['inputs'] = {};
  for (const deferred of deferredModules) {
    const result = await build({
      entryPoints: [require.resolve(deferred.name)],
      outfile: path.join(outDir, deferredFile(deferred)),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: options.target,
      minify: options.minify,
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
      plugins: [cutUnreachableSdkParts],
    });
    Object.assign(inputs, result.metafile.inputs);
  }
  return inputs;
}

export const deferUnusedAtColdStart: Plugin = {
  name: 'defer-unused-at-cold-start',
  setup(build) {
    for (const deferred of deferredModules) {
      build.onResolve({ filter: new RegExp(`^${deferred.name}$`) }, () => ({
        path: deferred.name,
        namespace: NAMESPACE,
      }));
    }
    build.onResolve({ filter: /^\.\/deferred\//, namespace: NAMESPACE }, (args) => ({
      path: args.path,
      external: true,
    }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const deferred = deferredModules.find(({ name }) => name === args.path);
      if (!deferred) return undefined;
      return { contents: deferredSource(deferred, deferredFile(deferred)), loader: 'js' };
    });
    // The deferred files go beside the bundle, so every build with these options runs as is;
    // the metafile then lists what the function's folder carries, the deferred files included.
    build.onEnd(async (result) => {
      const { outfile, minify, target } = build.initialOptions;
      if (result.errors.length > 0 || !outfile) return;
      const carried = await buildDeferredModules(path.dirname(outfile), {
        minify,
        target: target as string | undefined,
      });
      if (result.metafile) result.metafile.inputs = { ...carried, ...result.metafile.inputs };
    });
  },
};
