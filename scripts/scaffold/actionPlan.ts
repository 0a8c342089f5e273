import { checkActionName, checkFunctionName, serviceFolderOf } from './names';
import { planFunction } from './functionPlan';
import { mustRead, type FileChange, type RepoFiles } from './repoFiles';
import { actionTestSource, contractEntry, serviceModuleSource } from './actionTemplates';
import { roles } from '../../src/domain/users';
import { addImport, appendToObjectLiteral, ensureNamedImport, hasMember, ScaffoldError } from './sourceText';

/** Who may call an action: a user of any role, or a guest (not registered yet). */
export const callerRoles = ['guest', ...roles] as const;
export type ScaffoldRole = (typeof callerRoles)[number];

export interface ActionRequest {
  fn: string;
  action: string;
  kind: 'query' | 'command';
  roles: ScaffoldRole[];
  /** The contract's summary: what the action does, in the Chinese the UI speaks. */
  summary: string;
}

/** The queries the free-text masking test reads; every query must be listed there. */
const maskingScene = 'tests/functions/freeTextScene.ts';

/**
 * Everything one new action needs, in the house's places: its contract entry, its service module,
 * its registration in the function's service map, a test on both storage engines, and (for a
 * query) its line in the masking test. A function that does not exist yet is created first.
 */
export function planAction(repo: RepoFiles, request: ActionRequest): FileChange[] {
  const fn = checkFunctionName(request.fn);
  const action = checkActionName(request.action);
  checkRequest(request);
  const changes = repo.read(`src/domain/contract/${fn}.ts`) === null ? planFunction(repo, fn) : [];
  const current = (path: string) => changes.find((c) => c.path === path)?.after ?? mustRead(repo, path);
  const edit = (path: string, after: string) => {
    const existing = changes.find((c) => c.path === path);
    if (existing) existing.after = after;
    else changes.push({ path, before: repo.read(path), after });
  };

  const contractPath = `src/domain/contract/${fn}.ts`;
  const contractOpening = `export const ${fn}Contract = {`;
  if (hasMember(current(contractPath), contractOpening, action)) {
    throw new ScaffoldError(`${fn}.${action} 已存在于 ${contractPath}`);
  }
  const withKind = ensureNamedImport(current(contractPath), request.kind, './define');
  edit(contractPath, appendToObjectLiteral(withKind, contractOpening, contractEntry(request)));

  const { mapPath, folder, importPath } = serviceMapOf(repo, fn, action);
  const modulePath = `cloudfunctions/lib/services/${folder}/${action}.ts`;
  if (repo.read(modulePath) !== null) throw new ScaffoldError(`${modulePath} 已存在`);
  edit(modulePath, serviceModuleSource(request));

  const withImport = addImport(current(mapPath), `import { ${action} } from '${importPath}';`);
  edit(mapPath, appendToObjectLiteral(withImport, `ServiceMap<'${fn}'> = {`, `  ${action},`));

  edit(`tests/functions/${folder}/${action}.test.ts`, actionTestSource(request));
  if (request.kind === 'query') {
    edit(
      maskingScene,
      appendToObjectLiteral(current(maskingScene), 'function queryInputs(', `    '${fn}.${action}': [{}],`, '  };'),
    );
  }
  return changes;
}

/**
 * Where the function's service map and modules are: `services/<fn>.ts` with its modules in
 * `services/<fn>s/` (the house's layout, and what a new function gets), or a function whose folder
 * holds both, `services/<fn>/index.ts` beside its modules (casework).
 */
function serviceMapOf(repo: RepoFiles, fn: string, action: string) {
  const inFolder = `cloudfunctions/lib/services/${fn}/index.ts`;
  if (repo.read(`cloudfunctions/lib/services/${fn}.ts`) === null && repo.read(inFolder) !== null) {
    return { mapPath: inFolder, folder: fn, importPath: `./${action}` };
  }
  const folder = serviceFolderOf(fn);
  return { mapPath: `cloudfunctions/lib/services/${fn}.ts`, folder, importPath: `./${folder}/${action}` };
}

function checkRequest(request: ActionRequest): void {
  if (request.kind !== 'query' && request.kind !== 'command') {
    throw new ScaffoldError('请说明是查询（--query）还是操作（--command）');
  }
  if (request.roles.length === 0) throw new ScaffoldError('请用 --roles 写明谁可以调用，如 --roles resident,committee');
  const unknown = request.roles.filter((role) => !callerRoles.includes(role));
  if (unknown.length > 0)
    throw new ScaffoldError(`不认识的角色：${unknown.join('、')}（可选：${callerRoles.join('、')}）`);
  if (request.summary.trim().length < 2) throw new ScaffoldError('请用 --summary 写一句中文说明，如 "志愿者接单"');
  if (/['\\\n]/.test(request.summary)) throw new ScaffoldError('说明里不能有引号、反斜杠或换行');
}
