import type { CaseState } from '../casework/states';
import { isClockRunning } from '../casework/states';
import { defineFigures } from './figures';
import type { StatsPeriod } from './period';

/**
 * 街呼区应's figures (casework SLA). A case belongs to the period it was dispatched in (each
 * dispatch is a case: a re-route starts a new one with its own clock); how it stands now is what
 * the figures say of it. The due time is the case's own, an approved extension included.
 */
export const caseFigures = defineFigures({
  dispatched: {
    label: '派遣案件',
    unit: '件',
    rule: '派遣时间在本期内的案件数；街道改派产生新的案件，另计一件',
  },
  answeredOnTime: {
    label: '按时答复',
    unit: '件',
    rule: '本期派遣的案件中，承办单位已处理反馈（待核查或已核查办结）且反馈时间早于答复期限（含批准的延期）的件数；挂账案件按计划跟踪，不计入',
  },
  overdue: {
    label: '超期',
    unit: '件',
    rule: '本期派遣的案件中，仍待受理、处理中或已退单待改派且已到答复期限的，加上反馈时间已到或晚于期限的件数；挂账案件不计入',
  },
  onTimeRate: {
    label: '按时答复率',
    unit: '%',
    rule: '按时答复 ÷（按时答复 + 超期），保留一位小数；尚未到期也未反馈的案件不计入分母',
  },
  returned: {
    label: '退单',
    unit: '件',
    rule: '本期派遣的案件中，承办单位以不属于本单位职责等理由退回街道的件数',
  },
  extended: {
    label: '延期',
    unit: '件',
    rule: '本期派遣的案件中，延期申请经街道批准的件数',
  },
  longTerm: {
    label: '挂账',
    unit: '件',
    rule: '本期派遣的案件中，承办单位受理后列入挂账、按计划推进的件数',
  },
});

/** States in which the holder has answered (处理反馈): waiting for the check, or checked. */
export const answeredCaseStates: readonly CaseState[] = ['handled', 'verified'];

/** What the rules read of a case. */
export interface CaseFacts {
  state: CaseState;
  dispatchedAt: number;
  dueAt: number;
  returnReason: string;
  extension: { decision: string } | null;
  longTerm: unknown;
  feedback: { at: number } | null;
}

const answered = (c: CaseFacts) => answeredCaseStates.includes(c.state) && c.feedback !== null;

/** The rules over raw records, for the tests that recompute every figure from rows. */
export const caseFigureRules = {
  dispatchedIn: (c: CaseFacts, period: StatsPeriod) =>
    period.startMs <= c.dispatchedAt && c.dispatchedAt < period.endMs,
  answeredOnTime: (c: CaseFacts) => c.longTerm === null && answered(c) && c.feedback!.at < c.dueAt,
  overdue: (c: CaseFacts, now: number) =>
    c.longTerm === null && ((answered(c) && c.feedback!.at >= c.dueAt) || (isClockRunning(c.state) && now >= c.dueAt)),
  returned: (c: CaseFacts) => c.returnReason !== '',
  extended: (c: CaseFacts) => c.extension?.decision === 'approved',
  longTerm: (c: CaseFacts) => c.longTerm !== null,
};
