import type { Plugin } from 'esbuild';
import path from 'node:path';

const SDK = '@cloudbase/node-sdk';
const NAMESPACE = 'sdk-at-first-call';

/**
 * In a function bundle, @cloudbase/node-sdk is evaluated at the first call rather than when the
 * bundle loads: our imports of it get a stand-in whose every export reads the real SDK, `require`d
 * (from the same bundle) the first time one is used. Every call needs the SDK (the caller's
 * identity, then the database), so this moves its evaluation (Node's http, https and crypto, bson,
 * the database client: about 30 ms) from `coldRequireMs` to the first call; it does not remove
 * it (docs/adr/0006-cold-start-of-function-bundles.md, which the bench's `coldFirstCallMs` shows).
 * Only the bundles change: the host and the tests load the SDK as the sources say.
 */
export function sdkStandInSource(realPath: string, exportNames: string[]): string {
  const forward = (name: string) =>
    `${JSON.stringify(name)}: { enumerable: true, get: () => load()[${JSON.stringify(name)}] }`;
  return [
    'let real;',
    `const load = () => (real ??= require(${JSON.stringify(realPath)}));`,
    `module.exports = Object.defineProperties({}, { ${exportNames.map(forward).join(', ')} });`,
  ].join('\n');
}

export const sdkAtFirstCall: Plugin = {
  name: 'sdk-at-first-call',
  setup(build) {
    build.onResolve({ filter: /^@cloudbase\/node-sdk$/ }, (args) =>
      args.namespace === NAMESPACE ? undefined : { path: SDK, namespace: NAMESPACE, pluginData: args.resolveDir },
    );
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const realPath = require.resolve(SDK, { paths: [args.pluginData as string] });
      // The SDK's exports are one fixed object (dist/index.js); read its names here, at build time.
      const exportNames = Object.keys(require(realPath) as object);
      return { contents: sdkStandInSource(realPath, exportNames), loader: 'js', resolveDir: path.dirname(realPath) };
    });
  },
};
