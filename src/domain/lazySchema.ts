import { z } from 'zod';

/**
 * A schema built at its first use, not when its module loads: zod's own `z.lazy`, which builds
 * the schema the first time something parses with it or reads it (JSON Schema included). Domain
 * modules declare dozens of schemas that a cloud function's cold start would otherwise build,
 * although one call needs few of them (docs/adr/0006-cold-start-of-function-bundles.md, round 2).
 * `.unwrap()` gives the schema itself, for what only it has (`.shape`, `.extend`...).
 */
export function lazySchema<S extends z.ZodType>(build: () => S): z.ZodLazy<S> {
  // z.lazy caches what it parses with, but `unwrap()` calls the getter again: built once here.
  let built: S | undefined;
  return z.lazy(() => (built ??= build()));
}
