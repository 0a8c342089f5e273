import { parseOptions, repoRoot, runPlan } from './scaffold/cli';
import { pageRoles, planPage, type PageRole } from './scaffold/pagePlan';
import { repoAt } from './scaffold/repoFiles';

/**
 * `npm run new:page -- <package>/<name> --title 页面标题 --roles committee[,cadre]`
 * (`main/<name>` for a resident page in the main package). Writes the page, its config, style,
 * route table entry and a jsdom test. README > "Adding a page" says what to do next.
 */
const { positional, options } = parseOptions(process.argv.slice(2));
const roles = String(options.get('roles') ?? '')
  .split(',')
  .map((role) => role.trim())
  .filter(Boolean) as PageRole[];
const where = positional[0] ?? '';

runPlan(
  () => planPage(repoAt(repoRoot), { where, title: String(options.get('title') ?? ''), roles }),
  [
    '从一个入口链接过来：openPage(routes.<名字>)（src/navigation）；tests/scripts/appRoutes.test.ts 在没有入口时失败',
    '需要参数时在 src/domain/routes/table.ts 用 param.text()/param.date() 等声明，页面用 usePageParams 读取',
    '读数据用 useAsync，提交用 useCommand；空、加载、出错都用 StateView；在长辈模式下看一遍',
    '补全 tests/pages 里的页面测试；npm start 后在 375x812 下截图看一遍',
    `可选角色：${pageRoles.join('、')}`,
  ],
);
