/**
 * 社区公开数据 (issue 16; modelled on Decidim's open data): per community, a ZIP of CSV files
 * holding everything public and nothing personal, at a stable address, with its data dictionary.
 * Written once here: the ZIP's 数据说明.csv and the app's page both read this list.
 */
export interface OpenDataColumn {
  name: string;
  meaning: string;
}

export interface OpenDataFile {
  name: string;
  title: string;
  columns: OpenDataColumn[];
}

export const openDataFiles: readonly OpenDataFile[] = [
  {
    name: '说事.csv',
    title: '公开的居民说事：不含提出人、住址和照片，文字中的电话、身份证号、车牌号已隐去',
    columns: [
      { name: '编号', meaning: '说事的编号，在应用中打开同一件说事用' },
      { name: '提出日期', meaning: '居民提出的日期（北京时间）' },
      { name: '类别', meaning: '停车、噪音扰民、物业、环境卫生、安全、设施、其他' },
      { name: '标题', meaning: '说事的标题' },
      { name: '内容', meaning: '说事的内容' },
      { name: '状态', meaning: '征集意见、协商中、已上报、已解决、已办结、未能解决、已转办' },
      { name: '附议数', meaning: '附议（支持）这件说事的居民人数' },
      { name: '评论数', meaning: '公开的评论条数' },
      { name: '解决日期', meaning: '标记为已解决的日期；未解决的为空' },
      { name: '满意度', meaning: '提出人对办理结果的评分（1-5星）；未评价的为空' },
    ],
  },
  {
    name: '每月统计.csv',
    title: '每月统计：数据看板上社区的各项数字，按月列出',
    columns: [
      { name: '月份', meaning: '统计的月份（北京时间），如 2026-11' },
      { name: '板块', meaning: '数字所属的板块，如 居民说事、民意5来听' },
      { name: '指标', meaning: '数字的名称' },
      { name: '数值', meaning: '当月的数值；无法计算时为空（如当月没有可求中位数的事项）' },
      { name: '单位', meaning: '件、人、次、天、%、星、小时等' },
      { name: '口径', meaning: '这个数字怎么算：统计的是哪些记录、按哪一天计入当月' },
    ],
  },
  {
    name: '数据说明.csv',
    title: '数据说明：每个文件每一列的含义',
    columns: [
      { name: '文件', meaning: '文件名' },
      { name: '列名', meaning: '列的名称' },
      { name: '含义', meaning: '这一列的含义' },
    ],
  },
];

/** How many months of figures the ZIP holds: the last twelve, the current month included. */
export const OPEN_DATA_MONTHS = 12;

/** A community's ZIP is rebuilt when asked for after it is this old (and by nobody otherwise). */
export const OPEN_DATA_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The ZIP's name when saved: `东门社区公开数据.zip`. */
export function openDataFileName(communityName: string): string {
  return `${communityName}公开数据.zip`;
}
