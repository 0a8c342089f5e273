import { View } from '@tarojs/components';
import { routes, type Route } from '@domain/routes';
import { isCaseRole, roleLabels } from '@domain/users';
import { openPage } from '../../navigation';
import { useSession } from '../../state/session';
import { HomeEntries } from './HomeEntries';
import { orderForEntry, statsEntry } from './sharedEntries';

/*
 * Which role sees a tile, one letter per role (g 网格员, p 物业, d 区直部门, s 街道): this home is
 * part of the weapp main package, where every byte is downloaded by every user (docs/adr/0013).
 */
type Tile = [string, string, string, Route, string];
const shared = (entry: { id: string; name: string; hint: string }, route: Route, roles: string): Tile => [
  entry.id,
  entry.name,
  entry.hint,
  route,
  roles,
];
const tiles: Tile[] = [
  ['case-inbox', '承办案件', '待受理、办理中、已反馈', routes.caseInbox, 'gpds'],
  ['case-supervision', '街道督办', '未结案件与超期', routes.caseSupervision, 's'],
  ['case-verify', '待核查', '已反馈，到现场核查', routes.caseToVerify, 'g'],
  ['case-report', '信息采集', '巡查发现问题上报', routes.caseReport, 'g'],
  shared(orderForEntry, routes.committeeOrderFor, 'g'),
  ['case-routing', '路由表', '谁承办、多久答复', routes.caseRouting, 's'],
  shared(statsEntry, routes.statsDashboard, 's'),
  ['case-role-scope-link', '负责范围', '网格、单位与社区', routes.profile, 'gpds'],
];

/** The home of 街呼区应's roles (网格员, 街道, 区直部门, 物业): their case tools, as the role allows; the pages are in a subpackage. */
export function CaseRoleHome() {
  const { user } = useSession();
  if (!user || !isCaseRole(user.role)) return null;
  const letter = user.role[0];
  return (
    <View id="case-role-home">
      <View className="mq-section-title">{`${roleLabels[user.role]}工作台`}</View>
      <HomeEntries
        entries={tiles
          .filter((tile) => tile[4].includes(letter))
          .map(([id, name, hint, route]) => ({ id, name, hint, open: () => openPage(route) }))}
      />
    </View>
  );
}
