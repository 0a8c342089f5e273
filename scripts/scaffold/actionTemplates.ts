import type { ActionRequest, ScaffoldRole } from './actionPlan';

/** One demo identity per role, from host/seed.ts; `guest` is a WeChat user with no account yet. */
/** A caller of each role for seededBackend's `call`: a demo user's id, or an openid nobody registered. */
const demoCallers: Record<ScaffoldRole, string> = {
  guest: "{ openid: 'wx-unregistered' }",
  resident: "'u-resident-zhang'",
  cadre: "'u-cadre-liu'",
  committee: "'u-committee-chen'",
  admin: "'u-admin'",
  gridWorker: "'u-grid-sun'",
  street: "'u-street-zhou'",
  department: "'u-dept-wu'",
  property: "'u-property-zheng'",
};

export function contractEntry(request: ActionRequest): string {
  return [
    `  ${request.action}: ${request.kind}(() => ({`,
    `    summary: '${request.summary}',`,
    `    roles: [${request.roles.map((role) => `'${role}'`).join(', ')}],`,
    '    input: z.strictObject({}),',
    '    output: z.object({}),',
    '  })),',
  ].join('\n');
}

/** The service function: the handler has authorized, parsed and (for a command) claimed the request id. */
export function serviceModuleSource(request: ActionRequest): string {
  const { fn, action } = request;
  const needsUser = !request.roles.includes('guest');
  return [
    "import type { ActionOf, ParsedInputOf } from '@domain/contract';",
    "import type { ActionContext } from '../../service';",
    ...(needsUser ? ["import { requireUser } from '../requireUser';"] : []),
    '',
    `type Input = ParsedInputOf<ActionOf<'${fn}', '${action}'>>;`,
    '',
    '/**',
    ` * ${fn}.${action}: ${request.summary}.`,
    ` * The handler has checked the caller's role and parsed \`input\` from src/domain/contract/${fn}.ts${request.kind === 'command' ? ',\n * and claimed the request id (a retry gets the first answer)' : ''}. Rules belong in src/domain;
 * this function reads, decides through them and writes (one unit of work: docs/adr/0002).`,
    ' */',
    `export async function ${action}(ctx: ActionContext, input: Input) {`,
    ...(needsUser ? ['  requireUser(ctx.caller);'] : []),
    '  return input;',
    '}',
    '',
  ].join('\n');
}

/** A test on both storage engines: the allowed roles are answered, the others refused, bad input refused. */
export function actionTestSource(request: ActionRequest): string {
  const { fn, action } = request;
  const allowed = request.roles[0];
  const refused = (['resident', 'cadre', 'committee', 'admin', 'guest'] as const).find(
    (r) => !request.roles.includes(r),
  );
  const call = (role: ScaffoldRole, data: string) => `server.call('${fn}', ${demoCallers[role]}, '${action}', ${data})`;
  return [
    "import { seededBackend } from '../../support/seededBackend';",
    "import { engines } from '../../support/storages';",
    '',
    `describe.each(engines)('${fn}.${action} on %s', (engine) => {`,
    `  it('answers a ${allowed}', async () => {`,
    '    const server = await seededBackend({ engine });',
    `    expect(await ${call(allowed, '{}')}).toMatchObject({ ok: true });`,
    '  });',
    ...(refused
      ? [
          '',
          `  it('refuses a ${refused}', async () => {`,
          '    const server = await seededBackend({ engine });',
          `    const result = await ${call(refused, '{}')};`,
          `    expect(result).toMatchObject({ ok: false, code: '${refused === 'guest' ? 'NOT_REGISTERED' : 'FORBIDDEN'}' });`,
          '  });',
        ]
      : []),
    '',
    "  it('refuses a field the contract does not know, with BAD_INPUT', async () => {",
    '    const server = await seededBackend({ engine });',
    `    const result = await ${call(allowed, "{ unexpected: '13912345678' }")};`,
    "    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });",
    '  });',
    '});',
    '',
  ].join('\n');
}
