import { upperFirst } from './names';
import { mustRead, type FileChange, type RepoFiles } from './repoFiles';
import { addImport, appendToObjectLiteral } from './sourceText';

/**
 * A new cloud function: its contract (registered in the contract index, which types the client and
 * drives authorization and fuzzing), its service map (registered for the local host), its deployed
 * entry with config.json, and its line in cloudbaserc.json. The bundler finds it from the contract.
 */
export function planFunction(repo: RepoFiles, fn: string): FileChange[] {
  const created = (path: string, after: string): FileChange => ({ path, before: null, after });
  const changed = (path: string, edit: (text: string) => string): FileChange => {
    const before = mustRead(repo, path);
    return { path, before, after: edit(before) };
  };
  return [
    created(`src/domain/contract/${fn}.ts`, contractSource(fn)),
    changed('src/domain/contract/index.ts', (text) =>
      appendToObjectLiteral(
        addImport(text, `import { ${fn}Contract } from './${fn}';`),
        'export const contract = {',
        `  ${fn}: ${fn}Contract,`,
        '}',
      ),
    ),
    created(`cloudfunctions/lib/services/${fn}.ts`, serviceMapSource(fn)),
    changed('cloudfunctions/lib/services/index.ts', (text) =>
      appendToObjectLiteral(
        addImport(text, `import { ${fn}Services } from './${fn}';`),
        'export const servicesByFunction',
        `  ${fn}: ${fn}Services,`,
      ),
    ),
    created(`cloudfunctions/${fn}/index.ts`, entrySource(fn)),
    created(`cloudfunctions/${fn}/config.json`, `${JSON.stringify({ permissions: { openapi: [] } }, null, 2)}\n`),
    changed('cloudbaserc.json', (text) => withDeployedFunction(text, fn)),
  ];
}

function contractSource(fn: string): string {
  return [
    "import { z } from 'zod';",
    '',
    `/** The \`${fn}\` function: one entry per action (input, output, roles, kind). */`,
    `export const ${fn}Contract = {`,
    '};',
    '',
  ].join('\n');
}

function serviceMapSource(fn: string): string {
  return [
    "import type { ServiceMap } from '../service';",
    '',
    `/** The \`${fn}\` function's actions, one service per contract action. */`,
    `export const ${fn}Services: ServiceMap<'${fn}'> = {`,
    '};',
    '',
  ].join('\n');
}

function entrySource(fn: string): string {
  return [
    `import { ${fn}Contract } from '@domain/contract/${fn}';`,
    "import { cloudFunction } from '../lib/runtime/cloudbase';",
    `import { ${fn}Services } from '../lib/services/${fn}';`,
    '',
    `/** ${fn}: ${upperFirst(fn)} actions, bound to CloudBase (its own part of the contract only). */`,
    `export const main = cloudFunction('${fn}', ${fn}Contract, ${fn}Services);`,
    '',
  ].join('\n');
}

/** The same deployment settings as the other request-driven functions (5 s, 256 MB, no timer). */
function withDeployedFunction(rcText: string, fn: string): string {
  const rc = JSON.parse(rcText) as { functions: Record<string, unknown>[] };
  const template = rc.functions.find((f) => !('triggers' in f)) ?? {};
  rc.functions.push({ ...template, name: fn });
  return `${JSON.stringify(rc, null, 2)}\n`;
}
