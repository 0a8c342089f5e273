import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { planAction, type ActionRequest } from '../../scripts/scaffold/actionPlan';
import { repoAt, type FileChange } from '../../scripts/scaffold/repoFiles';
import { ScaffoldError } from '../../scripts/scaffold/sourceText';
import { bin, repoCopy } from './repoCopy';

const root = path.resolve(__dirname, '../..');
const repo = repoAt(root);

const takeOrder: ActionRequest = {
  fn: 'errand',
  action: 'takeOrder',
  kind: 'command',
  roles: ['cadre'],
  summary: '志愿者接单',
};

const after = (changes: FileChange[], file: string) => changes.find((c) => c.path === file)?.after ?? '';

function syntaxErrors(source: string, fileName: string): string[] {
  const output = ts.transpileModule(source, { fileName, reportDiagnostics: true });
  return (output.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('npm run new:action: the plan', () => {
  it('creates a new function with its first action and registers both everywhere the house looks', () => {
    const changes = planAction(repo, takeOrder);
    expect(changes.filter((c) => c.before === null).map((c) => c.path)).toEqual([
      'src/domain/contract/errand.ts',
      'cloudfunctions/lib/services/errand.ts',
      'cloudfunctions/errand/index.ts',
      'cloudfunctions/errand/config.json',
      'cloudfunctions/lib/services/errands/takeOrder.ts',
      'tests/functions/errands/takeOrder.test.ts',
    ]);
    expect(after(changes, 'src/domain/contract/index.ts')).toMatch(/errand: errandContract,\n\} satisfies/);
    expect(after(changes, 'cloudfunctions/lib/services/index.ts')).toMatch(/errand: errandServices,\n\};/);
    expect(after(changes, 'src/domain/contract/errand.ts')).toContain(
      "takeOrder: command(() => ({\n    summary: '志愿者接单',",
    );
    expect(after(changes, 'cloudfunctions/lib/services/errand.ts')).toContain(
      "import { takeOrder } from './errands/takeOrder';",
    );
    const rc = JSON.parse(after(changes, 'cloudbaserc.json')) as { functions: { name: string; timeout: number }[] };
    expect(rc.functions.find((f) => f.name === 'errand')).toMatchObject({ timeout: 5 });
    for (const change of changes.filter((c) => /\.tsx?$/.test(c.path))) {
      expect({ file: change.path, errors: syntaxErrors(change.after, change.path) }).toEqual({
        file: change.path,
        errors: [],
      });
    }
  });

  it('adds a query to an existing function and lists it for the free-text masking test', () => {
    const changes = planAction(repo, {
      fn: 'visit',
      action: 'dayStats',
      kind: 'query',
      roles: ['committee'],
      summary: '接访统计',
    });
    expect(changes.map((c) => c.path).sort()).toEqual([
      'cloudfunctions/lib/services/visit.ts',
      'cloudfunctions/lib/services/visits/dayStats.ts',
      'src/domain/contract/visit.ts',
      'tests/functions/freeTextScene.ts',
      'tests/functions/visits/dayStats.test.ts',
    ]);
    expect(after(changes, 'tests/functions/freeTextScene.ts')).toMatch(/'visit\.dayStats': \[\{\}\],\n {2}\};/);
    expect(after(changes, 'src/domain/contract/visit.ts')).toMatch(/dayStats: query\(\(\) => \(\{[\s\S]*\n\};\n$/);
  });

  it.each([
    [{ ...takeOrder, fn: 'visit', action: 'book' }, 'visit.book 已存在'],
    [{ ...takeOrder, action: 'Take-order' }, '动作名'],
    [{ ...takeOrder, fn: 'Case_work' }, '函数名'],
    [{ ...takeOrder, roles: [] }, '--roles'],
    [{ ...takeOrder, roles: ['boss' as never] }, '不认识的角色'],
    [{ ...takeOrder, summary: '' }, '--summary'],
    [{ ...takeOrder, summary: "接单'); drop" }, '引号'],
    [{ ...takeOrder, kind: '' as never }, '--query'],
  ])('refuses %j with a Chinese reason (%s) before writing anything', (request, reason) => {
    expect(() => planAction(repo, request as ActionRequest)).toThrow(ScaffoldError);
    expect(() => planAction(repo, request as ActionRequest)).toThrow(reason);
  });
});

/**
 * The proof that matters: in a copy of the repository, the command's output type-checks, its
 * deployment configuration passes, and its generated tests pass on both storage engines.
 */
describe('npm run new:action: the written code works', () => {
  let copy: ReturnType<typeof repoCopy>;
  beforeAll(() => {
    copy = repoCopy([
      'src/domain',
      'src/config',
      'types',
      'cloudfunctions',
      'host',
      'tools',
      'scripts',
      'tests/support',
      'tests/functions',
      'tests/scripts/functionConfigs.test.ts',
    ]);
  });
  afterAll(() => copy.remove());
  const run = (command: string, args: string[]) => copy.run(command, args);

  it('writes a function and two actions that compile and pass their tests', () => {
    const cli = path.join(copy.dir, 'scripts', 'new-action.ts');
    const first = run(bin('tsx'), [
      cli,
      'errand',
      'takeOrder',
      '--command',
      '--roles',
      'cadre',
      '--summary',
      '志愿者接单',
    ]);
    expect(first.stdout).toContain('新建 cloudfunctions/lib/services/errands/takeOrder.ts');
    const second = run(bin('tsx'), [
      cli,
      'errand',
      'orders',
      '--query',
      '--roles',
      'cadre,committee',
      '--summary',
      '我的工单',
    ]);
    expect({ status: second.status, stderr: second.stderr }).toEqual({ status: 0, stderr: '' });
    const again = run(bin('tsx'), [cli, 'errand', 'orders', '--query', '--roles', 'cadre', '--summary', '我的工单']);
    expect({ status: again.status, stderr: again.stderr.trim() }).toEqual({
      status: 1,
      stderr: '未生成：errand.orders 已存在于 src/domain/contract/errand.ts',
    });

    writeFileSync(
      path.join(copy.dir, 'tsconfig.scaffold.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        include: [],
        files: [
          'cloudfunctions/errand/index.ts',
          'cloudfunctions/lib/services/index.ts',
          'tests/functions/errands/takeOrder.test.ts',
          'tests/functions/errands/orders.test.ts',
        ],
      }),
    );
    const typecheck = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.scaffold.json']);
    expect(typecheck.stdout + typecheck.stderr).toBe('');

    const tests = run(bin('jest'), [
      '--ci',
      '--selectProjects',
      'unit',
      '--',
      'tests/functions/errands',
      'tests/scripts/functionConfigs',
    ]);
    expect(tests.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    expect(tests.status).toBe(0);
    expect(readFileSync(path.join(copy.dir, 'tests/functions/freeTextScene.ts'), 'utf8')).toContain(
      "'errand.orders': [{}],",
    );
  }, 300_000);
});
