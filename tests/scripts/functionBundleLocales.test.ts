import { build } from 'esbuild';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { onlyNeededZodLocales } from '../../scripts/zodLocalesPlugin';

const root = path.resolve(__dirname, '../..');

/** Bundles a few lines the way scripts/build-functions.ts bundles a function, and runs them. */
async function bundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    tsconfig: path.join(root, 'tsconfig.json'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [onlyNeededZodLocales],
  });
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(result.outputFiles[0].text, { module, exports: module.exports, require });
  const locales = Object.keys(result.metafile.inputs)
    .filter((input) => input.includes('zod/v4/locales/'))
    .map((input) => path.basename(input))
    .sort();
  return { exports: module.exports, locales };
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
});
