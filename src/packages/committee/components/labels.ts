import type { moderationDecisions, matterEndings } from '@domain/contract/matter';
import type { ActionItem, TimelineEntryView } from '@domain/matters/views';

export type Decision = (typeof moderationDecisions)[number];
export type Ending = (typeof matterEndings)[number];
export type EscalationLevel = 'street' | 'district';

/** The committee's words for each bulk moderation decision. */
export const decisionLabels: Record<Decision, string> = {
  approve: '通过',
  reject: '驳回',
  hide: '隐藏',
  unhide: '取消隐藏',
  keep: '保留',
};

/** What happened to an item, said after the decision went through. */
export const decisionDoneLabels: Record<Decision, string> = {
  approve: '已通过',
  reject: '已驳回',
  hide: '已隐藏',
  unhide: '已取消隐藏',
  keep: '已保留，举报已清除',
};

export const endingLabels: Record<Ending, string> = {
  resolve: '已解决',
  closeUnresolved: '未能解决',
  refer: '已转办',
};

export const levelLabels: Record<EscalationLevel, string> = {
  street: '街道',
  district: '区直部门',
};

export const actionStateLabels: Record<ActionItem['state'], string> = {
  todo: '待办',
  doing: '进行中',
  done: '已完成',
};

export const actorLabels: Record<TimelineEntryView['actorRole'], string> = {
  resident: '居民',
  cadre: '民情书记',
  committee: '居委会',
  admin: '管理员',
  system: '系统',
};

/** The reasons a committee most often gives when it turns a matter or comment down. */
export const rejectReasonTemplates = ['内容不实', '重复提交', '不属于社区事务', '含有不当言论', '信息不完整'] as const;
