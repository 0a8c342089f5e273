import { callerRoles, planAction, type ScaffoldRole } from './scaffold/actionPlan';
import { parseOptions, repoRoot, runPlan } from './scaffold/cli';
import { repoAt } from './scaffold/repoFiles';

/**
 * `npm run new:action -- <fn> <action> --command|--query --roles committee[,cadre] --summary "中文说明"`
 * Writes a new action (and its function, if new) in the house style and registers it. README >
 * "Adding an action" says what to fill in afterwards.
 */
const { positional, options } = parseOptions(process.argv.slice(2));
const [fn = '', action = ''] = positional;
const roles = String(options.get('roles') ?? '')
  .split(',')
  .map((role) => role.trim())
  .filter(Boolean) as ScaffoldRole[];

runPlan(
  () =>
    planAction(repoAt(repoRoot), {
      fn,
      action,
      kind: options.has('query') ? 'query' : options.has('command') ? 'command' : ('' as 'query'),
      roles,
      summary: String(options.get('summary') ?? ''),
    }),
  [
    `在 src/domain/contract/${fn}.ts 写明 ${action} 的输入与输出（字段规则放在 src/domain，答复里的文字用 freeText/contactText/fixedText）`,
    `在 cloudfunctions/lib/services/${fn}s/${action}.ts 实现；规则写进 src/domain，并加领域测试`,
    `补全 tests/functions/${fn}s/${action}.test.ts（两种存储都跑）；写多份数据的操作登记到 docs/adr/0002 并加收敛场景`,
    `客户端：call('${fn}', '${action}', ...) 已有类型；操作类用 useCommand`,
    `可选角色：${callerRoles.join('、')}`,
  ],
);
