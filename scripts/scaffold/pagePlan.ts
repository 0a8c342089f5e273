import { mustRead, type FileChange, type RepoFiles } from './repoFiles';
import { pageConfigSource, pageSource, pageStyleSource, pageTestSource } from './pageTemplates';
import { appendToObjectLiteral, hasMember, insertAfterLastSibling, ScaffoldError } from './sourceText';

export const pageRoles = ['resident', 'cadre', 'committee', 'admin'] as const;
export type PageRole = (typeof pageRoles)[number];

export interface PageRequest {
  /** `main/<name>` for the main package (resident pages), `<package>/<name>` for a subpackage. */
  where: string;
  /** The navigation bar's title, in Chinese. */
  title: string;
  roles: PageRole[];
}

/** Everything the plan derived from the request: where the page lives and what it is called. */
export interface PageSpec extends PageRequest {
  /** `pages/help/index` or `packages/committee/stats/index`. */
  path: string;
  /** Its name in the route table, `committeeStats` / `help`. */
  routeName: string;
  /** `CommitteeStatsPage`. */
  component: string;
  /** The page root's class and id prefix, `committee-stats`. */
  cssName: string;
}

const routeTable = 'src/domain/routes/table.ts';
const tableOpening = 'export const routes = {';
const tableClosing = '} satisfies Record<string, Route>;';
const pageBarTable = 'src/domain/routes/pageBar.ts';
const pageBarOpening = 'export const pageBars: Record<RouteName, PageBar> = {';

/**
 * A new page in the house style: the component behind its role gate, its config, its style, its
 * entry in the route table (from which app.config.ts registers it), its h5 bar (title, and 返回
 * without history to 首页 for a main-package page, to 我的 where staff tools sit) and a jsdom test over the real
 * services. The link to it is the author's to add: tests/scripts/appRoutes.test.ts fails until a
 * page, component or notification opens it with openPage(routes.<name>).
 */
export function planPage(repo: RepoFiles, request: PageRequest): FileChange[] {
  const spec = pageSpecOf(request);
  const table = mustRead(repo, routeTable);
  if (hasMember(table, tableOpening, spec.routeName, tableClosing)) {
    throw new ScaffoldError(`路由表里已有 ${spec.routeName}（${routeTable}）`);
  }
  if (table.includes(`'${spec.path}'`)) throw new ScaffoldError(`路由表里已有页面 ${spec.path}`);
  const created = (path: string, after: string): FileChange => {
    if (repo.read(path) !== null) throw new ScaffoldError(`${path} 已存在`);
    return { path, before: null, after };
  };
  const entry = `  ${spec.routeName}: page('${spec.path}'),`;
  const bars = mustRead(repo, pageBarTable);
  const parent = spec.path.startsWith('pages/') ? 'home' : 'mine';
  const bar = `  ${spec.routeName}: { title: '${spec.title}', parent: '${parent}' },`;
  return [
    created(`src/${spec.path}.tsx`, pageSource(spec)),
    created(`src/${spec.path}.config.ts`, pageConfigSource(spec)),
    created(`src/${spec.path.replace(/index$/, 'index.scss')}`, pageStyleSource(spec)),
    { path: routeTable, before: table, after: withRoute(table, spec, entry) },
    { path: pageBarTable, before: bars, after: appendToObjectLiteral(bars, pageBarOpening, bar) },
    created(`tests/pages/${spec.routeName}.test.tsx`, pageTestSource(spec)),
  ];
}

/** app.config.ts registers the main package first, then each subpackage: its entry joins its group. */
function withRoute(table: string, spec: PageSpec, entry: string): string {
  const group = spec.path.startsWith('pages/')
    ? "page('pages/"
    : `page('${spec.path.split('/').slice(0, 2).join('/')}/`;
  return insertAfterLastSibling(table, tableOpening, tableClosing, (line) => line.includes(group), entry);
}

function pageSpecOf(request: PageRequest): PageSpec {
  const match = /^([a-z][a-z0-9]*)\/([a-z][a-z0-9-]*)$/.exec(request.where);
  if (!match)
    throw new ScaffoldError(
      `页面位置“${request.where}”不合规范：写成 main/<名字> 或 <分包>/<名字>，如 committee/stats`,
    );
  const [, pkg, name] = match;
  if (request.title.trim().length < 2 || /['\\\n]/.test(request.title)) {
    throw new ScaffoldError('请用 --title 写页面标题（中文，不含引号），如 --title 办理统计');
  }
  if (request.roles.length === 0) throw new ScaffoldError('请用 --roles 写明谁可以打开，如 --roles committee');
  const unknown = request.roles.filter((role) => !pageRoles.includes(role));
  if (unknown.length > 0)
    throw new ScaffoldError(`不认识的角色：${unknown.join('、')}（可选：${pageRoles.join('、')}）`);
  const words = name.split('-');
  const inMain = pkg === 'main';
  const nameWords = inMain ? words : [pkg, ...words];
  const routeName = nameWords
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  return {
    ...request,
    path: inMain ? `pages/${name}/index` : `packages/${pkg}/${name}/index`,
    routeName,
    component: `${routeName.charAt(0).toUpperCase()}${routeName.slice(1)}Page`,
    cssName: nameWords.join('-'),
  };
}
