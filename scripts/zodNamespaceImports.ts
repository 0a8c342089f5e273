import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const ourSources = new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(src|cloudfunctions)/.*\\.tsx?$`);
const namedZ = /^import \{ z \} from 'zod';$/gm;
/** z with other names in one import: read as a namespace it would need splitting; refused instead. */
const mixedZ = /^import \{(?=[^}]*\bz\b)(?! z \})[^}]*\} from 'zod';$/m;

/**
 * `import { z } from 'zod'` hands esbuild zod's `z`, a namespace object that is a value: esbuild
 * must keep every member of it, all of zod classic (196 KB of a function bundle, compiled at each
 * cold start). The same members imported as a namespace, `import * as z from 'zod'` (the form
 * zod 4 documents), let esbuild keep only the ones our code names (about 90 KB). This plugin reads
 * our own sources into the function bundles in that form; nothing else changes, as `z.string`
 * and the rest are the same functions either way (docs/adr/0006-cold-start-of-function-bundles.md).
 */
export const zodAsNamespace: Plugin = {
  name: 'zod-as-namespace',
  setup(build) {
    build.onLoad({ filter: ourSources }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (mixedZ.test(source)) {
        return {
          errors: [{ text: "import z on its own line (import { z } from 'zod'), for scripts/zodNamespaceImports.ts" }],
        };
      }
      const contents = source.replace(namedZ, "import * as z from 'zod';");
      return contents === source ? undefined : { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};
