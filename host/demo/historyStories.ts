import type { MatterCategory } from '@domain/matters/categories';

/**
 * The community's earlier months (host/demo/history.ts): what residents raised month after month
 * before the story's last six weeks, so the dashboards (issue 16) show a year's trend and a real
 * mix of categories. Parking and the environment come up most, as they do in the source report.
 */
export type HistoryFate =
  | 'consultedRated'
  | 'resolvedRated'
  | 'resolvedClosed'
  | 'escalatedResolved'
  | 'reopenedResolved'
  | 'unresolved'
  | 'referred';

export interface HistoryMatter {
  title: string;
  body: string;
  category: MatterCategory;
}

export const historyMatters: readonly HistoryMatter[] = [
  {
    title: '小区夜间乱停车堵消防通道',
    body: '晚上九点以后消防通道上停满了车，万一着火消防车进不来，希望规划停车位。',
    category: 'parking',
  },
  {
    title: '垃圾分类点气味大',
    body: '4号楼旁的垃圾分类点夏天味道很重，清运不及时，希望增加清运次数。',
    category: 'environment',
  },
  {
    title: '广场舞音乐太吵',
    body: '每天晚上广场舞音响声音太大，一直到九点半，楼上老人和孩子休息不好。',
    category: 'noise',
  },
  {
    title: '楼道堆放杂物',
    body: '2单元楼道里堆了旧家具和纸箱，老人上下楼容易绊倒，也有火灾隐患。',
    category: 'safety',
  },
  { title: '健身器材损坏', body: '小广场的两台健身器材坏了，螺丝松动，孩子玩的时候很危险。', category: 'facilities' },
  {
    title: '物业费收支不透明',
    body: '物业费每年都在交，但公共收益和支出从来没有公示过，希望定期公开。',
    category: 'property',
  },
  {
    title: '电动车楼道充电',
    body: '有住户把电动车推进楼道充电，电线拉得到处都是，希望建集中充电桩。',
    category: 'safety',
  },
  {
    title: '外来车辆占用车位',
    body: '小区门禁形同虚设，外来车辆随便进出，业主下班回来找不到车位。',
    category: 'parking',
  },
  { title: '绿化带杂草丛生', body: '东侧绿化带很久没修剪了，杂草长到半人高，蚊虫特别多。', category: 'environment' },
  { title: '二次供水水质发黄', body: '最近早上放出来的水有点发黄，二次供水水箱多久清洗一次？', category: 'property' },
  {
    title: '路灯不亮',
    body: '小区北门到6号楼的路灯坏了好几盏，晚上回家很黑，老人不敢出门散步。',
    category: 'facilities',
  },
  { title: '装修噪音扰民', body: '有住户周末一早就开始电钻施工，希望物业按规定管理装修时间。', category: 'noise' },
  {
    title: '宠物粪便无人清理',
    body: '草坪和步道上常有宠物粪便，养狗的邻居不清理，希望倡导文明养犬。',
    category: 'environment',
  },
  {
    title: '老年食堂想增加菜品',
    body: '社区老年食堂的菜品比较单一，希望每周能多换几个花样，照顾牙口不好的老人。',
    category: 'other',
  },
  { title: '非机动车棚不够用', body: '非机动车棚太小，很多自行车只能停在路边，影响通行。', category: 'parking' },
  { title: '雨天路面积水', body: '一下雨3号楼门口就积水，排水口堵了，出门要蹚水。', category: 'facilities' },
];

/** How each month's matters ended, in turn: most solved, some after a meeting, an honest few not. */
export const historyFates: readonly HistoryFate[] = [
  'consultedRated',
  'resolvedRated',
  'resolvedClosed',
  'escalatedResolved',
  'resolvedRated',
  'unresolved',
  'consultedRated',
  'reopenedResolved',
  'resolvedRated',
  'referred',
];

/** What residents talk over with the cadre on an earlier visit day, and what the cadre writes down. */
export const historyVisitTopics: readonly { topic: string; heard: string; solved: string; followUp: string }[] = [
  {
    topic: '想问问高龄津贴怎么申请',
    heard: '家里老人年满80岁，想了解高龄津贴。',
    solved: '讲解了申请材料和流程。',
    followUp: '帮助递交高龄津贴申请',
  },
  {
    topic: '楼上漏水找不到人',
    heard: '楼上住户长期不在家，卫生间漏水到楼下。',
    solved: '联系了物业和网格员上门查看。',
    followUp: '回访漏水维修情况',
  },
  {
    topic: '孩子入学咨询',
    heard: '想了解学区划分和入学登记时间。',
    solved: '告知了教育局的登记时间和材料。',
    followUp: '转告入学登记的最新通知',
  },
  {
    topic: '小区加装电梯的事',
    heard: '老楼想加装电梯，不知道怎么征求意见。',
    solved: '介绍了加装电梯的补贴政策和流程。',
    followUp: '协助组织单元居民协商',
  },
];
