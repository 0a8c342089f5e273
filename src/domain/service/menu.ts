import type { ServiceCategory } from './categories';

/**
 * Who may take an order for a menu item: any approved volunteer of the community, the members of
 * one volunteer team, the volunteers placed at one 红帆驿站, or only the committee itself.
 */
export const serviceTakers = ['volunteer', 'team', 'station', 'committee'] as const;
export type ServiceTaker = (typeof serviceTakers)[number];

export const serviceTakerLabels: Record<ServiceTaker, string> = {
  volunteer: '志愿者',
  team: '志愿服务队',
  station: '红帆驿站',
  committee: '社区居委会',
};

export interface ServiceItemFields {
  name: string;
  description: string;
  category: ServiceCategory;
  takenBy: ServiceTaker;
  /** The team (takenBy 'team') or station (takenBy 'station') that takes it, else null. */
  takerId: string | null;
  /** Hours within which an order should be claimed before the committee is told. */
  responseHours: number;
  /** Hours credited to the volunteer for one order served (the service's standard time). */
  standardMinutes: number;
  active: boolean;
}

/**
 * The menu a new community starts from, after the report's 39 services: the committee edits it
 * (names, who takes them, response times) and adds its own.
 */
export const starterMenu: readonly ServiceItemFields[] = [
  item('代办证件', '身份证、社保卡、老年证等证件的代办和咨询', 'errand', 24, 120),
  item('代缴费用', '水电燃气、物业、医保等费用代缴', 'errand', 24, 30),
  item('代购药品', '按处方或清单到药店代购', 'errand', 12, 60),
  item('陪同就医', '陪同挂号、就诊、取药', 'companion', 24, 180),
  item('助餐送餐', '社区食堂送餐上门', 'meals', 4, 30),
  item('家电小修', '灯具、水龙头、插座等小修小补', 'repair', 24, 60),
  item('上门理发', '为行动不便的老人上门理发', 'grooming', 48, 45),
  item('政策咨询', '养老、医保、低保等政策解答', 'advice', 24, 30, 'committee'),
  item('法律咨询', '法律问题解答和援助指引', 'advice', 48, 60),
  item('关爱探访', '独居、空巢老人上门探望', 'care', 24, 60),
];

function item(
  name: string,
  description: string,
  category: ServiceCategory,
  responseHours: number,
  standardMinutes: number,
  takenBy: ServiceTaker = 'volunteer',
): ServiceItemFields {
  return { name, description, category, takenBy, takerId: null, responseHours, standardMinutes, active: true };
}
