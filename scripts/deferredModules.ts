import type { Plugin } from 'esbuild';
import path from 'node:path';

/**
 * Modules @cloudbase/node-sdk `require`s when it loads but uses only in calls our functions do not
 * make. They stay in the bundle, whole, and work as before; a small stand-in forwards each member
 * the SDK uses and `require`s the real module at the first such use, so a cold start does not
 * evaluate them (docs/adr/0003-function-bundle-cuts.md). Unlike scripts/sdkCuts.ts, nothing is
 * taken away: a future use is only a few milliseconds slower the first time.
 */
export interface DeferredModule {
  /** The import, as node-sdk writes it (bare package name). */
  name: string;
  /** Why a cold start does not need it. */
  usedBy: string;
  /** Members the SDK uses, forwarded to the real module. */
  members: string[];
  /** The module itself is called (`axios(config)`), forwarded too. */
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
];

const NAMESPACE = 'deferred';

/** The stand-in: forwards to the real module, required from `realPath` at first use. */
export function deferredSource(deferred: DeferredModule, realPath: string): string {
  const forward = (member: string) => `${member}: (...args) => load().${member}(...args)`;
  const target = deferred.callable ? 'function (...args) { return load()(...args); }' : '{}';
  return [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(realPath)}));`,
    `module.exports = Object.assign(${target}, { ${deferred.members.map(forward).join(', ')} });`,
  ].join('\n');
}

export const deferUnusedAtColdStart: Plugin = {
  name: 'defer-unused-at-cold-start',
  setup(build) {
    for (const deferred of deferredModules) {
      build.onResolve({ filter: new RegExp(`^${deferred.name}$`) }, (args) => ({
        path: deferred.name,
        namespace: NAMESPACE,
        pluginData: { realPath: require.resolve(deferred.name, { paths: [args.resolveDir] }) },
      }));
    }
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const deferred = deferredModules.find(({ name }) => name === args.path);
      const realPath = (args.pluginData as { realPath?: string } | undefined)?.realPath;
      if (!deferred || !realPath) return undefined;
      return { contents: deferredSource(deferred, realPath), loader: 'js', resolveDir: path.dirname(realPath) };
    });
  },
};
