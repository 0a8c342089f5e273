import type { ActionItem, EscalationView, TimelineEntryView } from '@domain/matters/views';

/** Who moved a matter on, as a resident would say it. */
export const actorRoleLabels: Record<TimelineEntryView['actorRole'], string> = {
  resident: '居民',
  cadre: '民情书记',
  committee: '社区居委会',
  admin: '管理员',
  system: '系统',
};

export const actionStateLabels: Record<ActionItem['state'], string> = {
  todo: '待办',
  doing: '办理中',
  done: '已完成',
};

export const escalationLevelLabels: Record<EscalationView['level'], string> = {
  street: '街道',
  district: '区直部门',
};

/** The reasons offered when reporting a matter or a comment; 其他 lets the resident say more. */
export const flagReasons = ['不实信息', '广告', '辱骂', '泄露隐私', '其他'] as const;
