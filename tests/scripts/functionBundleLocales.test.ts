import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { functionBundleOptions } from '../../scripts/build-functions';
import { onlyNeededZodLocales } from '../../scripts/zodLocalesPlugin';

const root = path.resolve(__dirname, '../..');

/** Bundles a few lines the way scripts/build-functions.ts bundles a function, and runs them. */
async function bundle(source: string, plugins: Plugin[] = [onlyNeededZodLocales]) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    tsconfig: path.join(root, 'tsconfig.json'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(result.outputFiles[0].text, { module, exports: module.exports, require });
  const locales = Object.keys(result.metafile.inputs)
    .filter((input) => input.includes('zod/v4/locales/'))
    .map((input) => path.basename(input))
    .sort();
  const zodBytes = Object.entries(result.metafile.outputs)
    .flatMap(([, output]) => Object.entries(output.inputs))
    .filter(([input]) => input.includes('node_modules/zod/'))
    .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  return { exports: module.exports, locales, zodBytes };
}

describe('a function bundle carries only the zod locales it uses', () => {
  it('keeps English (zod default) and Chinese, drops the other 62, and still answers in Chinese', async () => {
    const { exports, locales } = await bundle(`
      import '@domain/zodLocale';
      import { z } from 'zod';
      import { findAction } from '@domain/contract';
      export const typeMessage = z.string().safeParse(42).error?.issues[0]?.message;
      export const contractMessage = findAction('visit', 'book')?.input.safeParse({ slotId: 7 }).error?.issues[0]?.message;
    `);
    expect(locales).toEqual(['en.js', 'zh-CN.js']);
    expect(exports.typeMessage).toMatch(/[\u4e00-\u9fff]/);
    expect(exports.contractMessage).toMatch(/[\u4e00-\u9fff]/);
  });

  it('with every plugin of the function build (our zod imports read as a namespace): the same messages, half the zod', async () => {
    const entry = `
      import '@domain/zodLocale';
      import { findAction } from '@domain/contract';
      const book = findAction('visit', 'book');
      export const typeMessage = book?.input.safeParse(42).error?.issues[0]?.message;
      export const contractMessage = book?.input.safeParse({ slotId: 7 }).error?.issues[0]?.message;
    `;
    const named = await bundle(entry);
    const asFunctions = await bundle(entry, functionBundleOptions.plugins);
    expect(asFunctions.locales).toEqual(['en.js', 'zh-CN.js']);
    expect(named.exports.typeMessage).toMatch(/[\u4e00-\u9fff]/);
    expect(named.exports.contractMessage).toMatch(/[\u4e00-\u9fff]/);
    expect(asFunctions.exports).toEqual(named.exports);
    expect(asFunctions.zodBytes).toBeLessThan(named.zodBytes / 2);
  });
});
