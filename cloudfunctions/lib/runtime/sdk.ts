import type tcb from '@cloudbase/node-sdk';

/**
 * @cloudbase/node-sdk, `require`d the first time a call needs it rather than when the function's
 * bundle loads. Every call needs it (the caller's identity, the database), so this moves its
 * evaluation (Node's http, https and crypto, bson, the database client: about a third of a cold
 * `require`) from loading the bundle to the first call; it does not remove it
 * (docs/adr/0005-cold-start-of-function-bundles.md: `coldRequireMs` and `coldFirstCallMs`).
 * The SDK is still bundled, and still loaded once per container.
 */
export function cloudbaseSdk(): typeof tcb {
  return require('@cloudbase/node-sdk') as typeof tcb;
}
