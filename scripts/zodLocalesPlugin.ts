import type { Plugin } from 'esbuild';
import path from 'node:path';

const localesDir = path.dirname(require.resolve('zod/v4/locales/en.js'));

/**
 * zod exposes every locale as `z.locales` (`export * as locales`), and a namespace export keeps
 * all 64 of them in a bundle (about 264 KB of a function's 1.6 MB). The functions need two: the
 * English default zod registers itself, and the Chinese one src/domain/zodLocale.ts configures.
 * This plugin hands zod's locale barrel to esbuild with just those two.
 */
export const onlyNeededZodLocales: Plugin = {
  name: 'only-needed-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: "export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n",
      resolveDir: localesDir,
      loader: 'js',
    }));
  },
};
