import type { DashboardSection } from '@domain/stats/dashboard';

/** A section with every kind of part: figures (one that cannot be computed), a trend, a share and a table with a gap. */
export const mattersSection: DashboardSection = {
  key: 'matters',
  title: '居民说事',
  figures: [
    { key: 'raised', label: '说事件数', value: 12, unit: '件', rule: '本期内提交并通过审核的说事，按提交时间计。' },
    {
      key: 'onTime',
      label: '按期答复率',
      value: 91.7,
      unit: '%',
      rule: '本期内到期的说事中，在答复期限前答复的占比。',
    },
    {
      key: 'median',
      label: '办结用时中位数',
      value: null,
      unit: '天',
      rule: '本期内办结的说事，从提交到办结的天数的中位数。',
    },
  ],
  charts: [
    {
      key: 'byMonth',
      title: '每月说事',
      kind: 'trend',
      unit: '件',
      points: [
        { key: '2026-09', label: '9月', value: 3 },
        { key: '2026-10', label: '10月', value: 0 },
        { key: '2026-11', label: '11月', value: 9 },
      ],
    },
    {
      key: 'byCategory',
      title: '说事类别',
      kind: 'share',
      unit: '件',
      points: [
        { key: 'parking', label: '停车', value: 6 },
        { key: 'facilities', label: '设施', value: 4 },
        { key: 'other', label: '其他', value: 2 },
      ],
    },
  ],
  tables: [
    {
      key: 'departments',
      title: '各部门按期办结',
      columns: [
        { key: 'cases', label: '承办件数', unit: '件', rule: '周期内派至该部门的案件件数。' },
        { key: 'onTime', label: '按期办结率', unit: '%', rule: '按期答复件数占应答复件数的比例。' },
      ],
      rows: [
        { key: 'dep-chengguan', label: '区城管局', values: [5, 80] },
        { key: 'dep-water', label: '区水务局', values: [0, null] },
      ],
    },
  ],
};

/** A section of a period with nothing in it. */
export const quietSection: DashboardSection = {
  key: 'visits',
  title: '民意5来听',
  figures: [{ key: 'bookings', label: '预约人次', value: 0, unit: '人次', rule: '本期内的接访预约。' }],
  charts: [
    { key: 'byMonth', title: '每月预约', kind: 'trend', unit: '人次', points: [{ key: 'm', label: '11月', value: 0 }] },
  ],
  tables: [],
};
