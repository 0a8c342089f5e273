import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { planPage, type PageRequest } from '../../scripts/scaffold/pagePlan';
import { repoAt, type FileChange } from '../../scripts/scaffold/repoFiles';
import { ScaffoldError } from '../../scripts/scaffold/sourceText';
import { bin, repoCopy } from './repoCopy';

const repo = repoAt(path.resolve(__dirname, '../..'));
const stats: PageRequest = { where: 'committee/stats', title: '办理统计', roles: ['committee'] };
const after = (changes: FileChange[], file: string) => changes.find((c) => c.path === file)?.after ?? '';

describe('npm run new:page: the plan', () => {
  it('writes the page, its config, style and test, and puts its route with its subpackage', () => {
    const changes = planPage(repo, stats);
    expect(changes.map((c) => [c.path, c.before === null ? 'new' : 'changed'])).toEqual([
      ['src/packages/committee/stats/index.tsx', 'new'],
      ['src/packages/committee/stats/index.config.ts', 'new'],
      ['src/packages/committee/stats/index.scss', 'new'],
      ['src/domain/routes/table.ts', 'changed'],
      ['src/domain/routes/pageBar.ts', 'changed'],
      ['tests/pages/committeeStats.test.tsx', 'new'],
    ]);
    expect(after(changes, 'src/domain/routes/pageBar.ts')).toMatch(
      /\n {2}committeeStats: \{ title: '办理统计', parent: 'mine' \},\n\};\n/,
    );
    const table = after(changes, 'src/domain/routes/table.ts');
    expect(table).toMatch(
      /committeeActivity: page\('packages\/committee\/activity\/index', \{ id: param\.text\(\) \}\),\n {2}committeeStats: page\('packages\/committee\/stats\/index'\),\n/,
    );
    expect(after(changes, 'src/packages/committee/stats/index.tsx')).toContain("<RoleOnly roles={['committee']}");
    expect(after(changes, 'src/packages/committee/stats/index.config.ts')).toContain(
      "navigationBarTitleText: '办理统计'",
    );
    for (const change of changes.filter((c) => /\.tsx?$/.test(c.path))) {
      const output = ts.transpileModule(change.after, { fileName: change.path, reportDiagnostics: true });
      expect({ file: change.path, errors: output.diagnostics ?? [] }).toEqual({ file: change.path, errors: [] });
    }
  });

  it('puts a resident page with the main package, after its last page (the launch page stays first)', () => {
    const table = after(
      planPage(repo, { where: 'main/help', title: '使用帮助', roles: ['resident'] }),
      'src/domain/routes/table.ts',
    );
    expect(table).toMatch(/devLogin: page\([^\n]*\),\n {2}help: page\('pages\/help\/index'\),\n/);
    expect(table.indexOf('home: page(')).toBeLessThan(table.indexOf('help: page('));
  });

  it.each([
    [{ ...stats, where: 'committee/deliveries' }, '路由表里已有'],
    [{ ...stats, where: 'stats' }, '页面位置'],
    [{ ...stats, where: 'committee/Stats' }, '页面位置'],
    [{ ...stats, title: '' }, '--title'],
    [{ ...stats, roles: [] }, '--roles'],
    [{ ...stats, roles: ['guest' as never] }, '不认识的角色'],
  ])('refuses %j (%s) before writing anything', (request, reason) => {
    expect(() => planPage(repo, request)).toThrow(ScaffoldError);
    expect(() => planPage(repo, request)).toThrow(reason);
  });
});

/** In a copy of the repository: the written page type-checks, registers, and its test passes. */
describe('npm run new:page: the written page works', () => {
  let copy: ReturnType<typeof repoCopy>;
  beforeAll(() => {
    copy = repoCopy([
      'src',
      'types',
      'cloudfunctions',
      'host',
      'tools',
      'scripts',
      'tests/support',
      'tests/pages',
      'tests/scripts/appRoutes.test.ts',
    ]);
  });
  afterAll(() => copy.remove());

  it('opens for its role, turns another away, and app.config registers it in its subpackage', () => {
    const cli = path.join(copy.dir, 'scripts', 'new-page.ts');
    const made = copy.run(bin('tsx'), [cli, 'committee/stats', '--title', '办理统计', '--roles', 'committee']);
    expect({ status: made.status, stderr: made.stderr }).toEqual({ status: 0, stderr: '' });
    writeFileSync(
      path.join(copy.dir, 'tsconfig.scaffold.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        include: ['types'],
        files: ['src/app.config.ts', 'tests/pages/committeeStats.test.tsx'],
      }),
    );
    const typecheck = copy.run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.scaffold.json']);
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    const tests = copy.run(bin('jest'), [
      '--ci',
      '--selectProjects',
      'unit',
      'jsdom',
      '-t',
      'registers exactly|opens for|tells a',
      '--',
      'tests/pages/committeeStats',
      'tests/scripts/appRoutes',
    ]);
    expect(tests.stderr).toMatch(/Tests:\s+(\d+ skipped, )?[4-9] passed/);
    expect(tests.status).toBe(0);
  }, 300_000);
});
