import type { DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { neighbour } from './neighbours';

const CHEN = 'u-committee-chen';
const ZHAO = 'u-committee-zhao';

interface Item {
  id: string;
  name: string;
}

/** What the service stories need of the set-up: 东门's menu items by name, and its teams. */
export interface DemoServiceSetup {
  item(name: string): string;
  teams: { redVests: string; partyPioneers: string };
}

/**
 * 东门 and 西门 set up 群众点单: the starter menu, volunteer teams, 红帆驿站 a few minutes' walk from
 * each compound, and the volunteers who reported (双报到): approved into a team, and one still
 * waiting for the committee.
 */
export async function setUpDemoService(actors: DemoActors, calendar: DemoCalendar): Promise<DemoServiceSetup> {
  const { items } = await actors.act<{ items: Item[] }>(CHEN, 'service', 'adoptStarterMenu', {});
  await actors.act(ZHAO, 'service', 'adoptStarterMenu', {});
  const team = async (name: string) =>
    (await actors.act<{ team: { id: string } }>(CHEN, 'service', 'saveTeam', { name })).team.id;
  const teams = { redVests: await team('红马甲服务队'), partyPioneers: await team('党员先锋队') };
  const item = (name: string) => {
    const found = items.find((i) => i.name === name);
    if (!found) throw new Error(`demo: no menu item ${name}`);
    return found.id;
  };
  await actors.act(CHEN, 'service', 'saveStation', {
    name: '幸福小区红帆驿站',
    address: '幸福小区南门东侧',
    openingHours: '每天 8:00-20:00',
    contactPhone: '0537-2345678',
    itemIds: [item('代办证件'), item('代缴费用'), item('上门理发')],
    walkMinutes: { 'p-xingfu': 2, 'p-huaiyin': 6, 'p-gulou': 12 },
  });
  await actors.act(CHEN, 'service', 'saveStation', {
    name: '鼓楼红帆驿站',
    address: '鼓楼家园3号楼一楼',
    openingHours: '每天 8:30-17:30',
    contactPhone: '0537-2345699',
    itemIds: [item('政策咨询'), item('助餐送餐')],
    walkMinutes: { 'p-gulou': 3, 'p-huaiyin': 8, 'p-xingfu': 10 },
  });
  await reportAndApprove(actors, 'u-resident-li', {
    report: {
      partyMember: true,
      workUnit: '市供电公司',
      skills: '家电维修、跑腿代办',
      categories: ['repair', 'errand'],
      availability: '周末全天',
    },
    teamId: teams.redVests,
  });
  await reportAndApprove(actors, neighbour.zhou, {
    report: {
      partyMember: true,
      workUnit: '任城区人民医院',
      skills: '护士，会量血压',
      categories: ['companion', 'care'],
      availability: '工作日晚上',
    },
    teamId: teams.partyPioneers,
  });
  // 吴国强 reported yesterday evening: the committee has not looked at it yet.
  const setUpAt = actors.now();
  actors.at(calendar.at(-1, '20:30'));
  await actors.act(neighbour.wu, 'service', 'reportVolunteer', {
    partyMember: false,
    skills: '会理发',
    categories: ['grooming'],
    availability: '周三下午',
  });
  actors.at(setUpAt);
  return { item, teams };
}

async function reportAndApprove(
  actors: DemoActors,
  who: Parameters<DemoActors['act']>[0],
  plan: { report: object; teamId: string },
): Promise<void> {
  const { volunteer } = await actors.act<{ volunteer: { id: string } }>(who, 'service', 'reportVolunteer', plan.report);
  await actors.act(CHEN, 'service', 'reviewVolunteer', {
    volunteerId: volunteer.id,
    decision: 'approve',
    teamId: plan.teamId,
  });
}
