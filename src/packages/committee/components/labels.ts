import type { moderationDecisions } from '@domain/contract/matter';

export type Decision = (typeof moderationDecisions)[number];

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

/** The reasons a committee most often gives when it turns a matter or comment down. */
export const rejectReasonTemplates = ['内容不实', '重复提交', '不属于社区事务', '含有不当言论', '信息不完整'] as const;
