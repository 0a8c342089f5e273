import type { Plugin } from 'esbuild';
import path from 'node:path';

/**
 * Parts of @cloudbase/node-sdk that no function of ours can reach, replaced in the bundles by a
 * small module that throws when called (docs/adr/0003-function-bundle-cuts.md). Our functions
 * use `init`, `getCloudbaseContext`, `database()`, `callWxOpenApi` and `getTempFileURL`
 * (cloudfunctions/lib/runtime/cloudbase.ts, identity.ts); the SDK loads everything else on its
 * first `require`, which costs bytes and cold-start time. A future use fails loudly with the
 * message below, naming this file: remove the cut to use the feature.
 */
export interface SdkCut {
  /** Its name in the bundle's metafile: `sdk-cut:<name>`. */
  name: string;
  /** What a function loses, in the words of the SDK's API. */
  feature: string;
  /** The import replaced, as the importing file writes it. */
  request: RegExp;
  /** Only when imported by this file (a path ending), for a relative request. */
  importer?: string;
  /** The names the stand-in exports: calling any of them throws. */
  exports: string[];
  /** When the module is itself a class (`module.exports = Class`): its name; `new` throws. */
  moduleIs?: string;
  /**
   * Exports the SDK itself calls while it loads (inside a try that would swallow a throw): these
   * return an object whose every property throws instead, so the failure comes at first use.
   */
  calledAtInit?: string[];
  /** Packages (node_modules/<name>/) that leave the bundle with it: what the tests check. */
  removes: string[];
}

export const sdkCuts: SdkCut[] = [
  {
    name: 'ai',
    feature: 'app.ai() (CloudBase AI models and agents)',
    request: /^\.\/ai$/,
    importer: path.join('@cloudbase', 'node-sdk', 'dist', 'cloudbase.js'),
    exports: ['createAI'],
    removes: [
      '@cloudbase/ai',
      '@cloudbase/app',
      '@cloudbase/adapter-wx_mp',
      '@cloudbase/utilities',
      'web-streams-polyfill',
    ],
  },
  {
    name: 'wx-cloud-client-sdk',
    feature: 'app.models, app.mysql() and app.rdb() (data models and relational databases)',
    request: /^@cloudbase\/wx-cloud-client-sdk$/,
    exports: ['generateMySQLClient'],
    calledAtInit: ['generateHTTPClient'],
    removes: ['@cloudbase/wx-cloud-client-sdk'],
  },
  {
    name: 'form-data',
    feature:
      'multipart requests (callCompatibleWxOpenApi, callWxPayApi, wxCallContainerApi; axios with multipart/form-data)',
    request: /^form-data$/,
    exports: [],
    moduleIs: 'FormData',
    removes: ['form-data', 'mime-types', 'mime-db', 'combined-stream', 'asynckit', 'delayed-stream'],
  },
  {
    name: 'jsonwebtoken',
    feature: 'app.auth().createTicket() (custom login tickets)',
    request: /^jsonwebtoken$/,
    exports: ['sign', 'verify', 'decode'],
    removes: ['jsonwebtoken', 'jws', 'jwa', 'semver'],
  },
];

/** The stand-in's source: each export throws, naming the feature and where it was cut. */
export function standInSource(cut: SdkCut): string {
  const message = `${cut.feature} is cut from the function bundles by scripts/sdkCuts.ts; remove its cut there to use it`;
  const entries = [
    ...cut.exports.map((name) => `${name}: cut(${JSON.stringify(name)})`),
    ...(cut.calledAtInit ?? []).map((name) => `${name}: () => cutObject(${JSON.stringify(name)})`),
  ];
  return [
    `const fail = (what) => { throw new Error(${JSON.stringify(message)} + ' (' + what + ')'); };`,
    `const cut = (name) => function () { fail('called ' + name); };`,
    `const cutObject = (name) => new Proxy({}, { get: (_, key) => typeof key === 'symbol' || key === 'then' ? undefined : fail('read ' + String(key) + ' of what ' + name + ' made') });`,
    `module.exports = Object.assign(${cut.moduleIs ? `cut(${JSON.stringify(cut.moduleIs)})` : '{}'}, { ${entries.join(', ')} });`,
  ].join('\n');
}

const NAMESPACE = 'sdk-cut';

export const cutUnreachableSdkParts: Plugin = {
  name: 'cut-unreachable-sdk-parts',
  setup(build) {
    for (const cut of sdkCuts) {
      build.onResolve({ filter: cut.request }, (args) =>
        !cut.importer || args.importer.endsWith(cut.importer) ? { path: cut.name, namespace: NAMESPACE } : undefined,
      );
    }
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const cut = sdkCuts.find(({ name }) => name === args.path);
      return cut ? { contents: standInSource(cut), loader: 'js' } : undefined;
    });
  },
};
