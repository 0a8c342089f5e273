import type { PageRole, PageSpec } from './pagePlan';

/** One demo identity per role, from host/seed.ts. */
const demoUsers: Record<PageRole, string> = {
  resident: 'u-resident-zhang',
  cadre: 'u-cadre-liu',
  committee: 'u-committee-chen',
  admin: 'u-admin',
};

/** `../../` from `src/pages/<name>/`, `../../../` from `src/packages/<package>/<name>/`. */
function upToSrc(spec: PageSpec): string {
  return '../'.repeat(spec.path.split('/').length - 1);
}

export function pageSource(spec: PageSpec): string {
  const src = upToSrc(spec);
  const roles = spec.roles.map((role) => `'${role}'`).join(', ');
  return `import { View } from '@tarojs/components';
import { RoleOnly } from '${src}components/RoleOnly';
import { StateView } from '${src}components/StateView';
import './index.scss';

/**
 * ${spec.title}. Reads go through useAsync(() => call(fn, action, input)) and taps through
 * useCommand (src/hooks); links to other pages through openPage(routes.<name>) (src/navigation).
 */
export default function ${spec.component}() {
  return (
    <RoleOnly roles={[${roles}]} className="${spec.cssName}">
      {() => (
        <View id="${spec.cssName}-page">
          <StateView kind="empty" title="这里还没有内容" detail="${spec.title}的内容会显示在这里" />
        </View>
      )}
    </RoleOnly>
  );
}
`;
}

export function pageConfigSource(spec: PageSpec): string {
  return `export default definePageConfig({ navigationBarTitleText: '${spec.title}' });\n`;
}

export function pageStyleSource(spec: PageSpec): string {
  return `// ${spec.title}: shared looks come from src/styles (mixins) and the components' own styles.\n.${spec.cssName} {\n  min-height: 100vh;\n}\n`;
}

/** A jsdom test over the real services: the page opens for its first role and turns away another. */
export function pageTestSource(spec: PageSpec): string {
  const allowed = spec.roles[0];
  const refused = (['resident', 'cadre', 'committee', 'admin'] as const).find((role) => !spec.roles.includes(role));
  const refusal = refused
    ? `

  it('tells a ${refused} that only ${spec.roles.join('/')} may use it', async () => {
    await open('${demoUsers[refused]}');
    await appears('#state-error');
    expect(text('#state-error')).toContain('可用');
  });`
    : '';
  return `import Taro from '@tarojs/taro';
import ${spec.component} from '../../src/${spec.path}';
import { resetTaroMock } from '../support/taroMock';
import { appears${refused ? ', text' : ''} } from './dom';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

async function open(userId: string) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({ router: { path: '/${spec.path}', params: {} }, page: {} });
  const { backend } = await realBackend(userId);
  return renderPage(<${spec.component} />, backend);
}

describe('${spec.title} (jsdom, real services over SQLite)', () => {
  it('opens for a ${allowed}', async () => {
    await open('${demoUsers[allowed]}');
    await appears('#${spec.cssName}-page');
  });${refusal}
});
`;
}
