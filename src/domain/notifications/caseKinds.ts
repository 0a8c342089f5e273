import type { Tone } from '../tones';
import { aside, at, because, type NotificationFacts } from './factWords';

/**
 * News of 街呼区应 cases, all for staff: the body that holds a case (its grid workers, or the users
 * of the property company, department or street) hears of new work and of the clock; the street
 * hears of returns and extension requests; the verifiers hear that a case waits for the on-site
 * check. The inbox title is the matter's title; `facts.when` is the due time (or the review date
 * of a 挂账 plan), `facts.reason` a person's words (a return's reason, what is still wrong).
 * Every kind opens the case page.
 */
export const caseKinds = [
  'case_dispatched',
  'case_rerouted',
  'case_returned',
  'case_extension_requested',
  'case_extension_decided',
  'case_handled',
  'case_sent_back',
  'case_withdrawn',
  'case_moved',
  'case_due_soon',
  'case_overdue',
  'case_review_due',
] as const;
export type CaseKind = (typeof caseKinds)[number];

/** At most 5 characters: the inbox tag and a WeChat `phrase.*` value. */
export const caseKindStatus: Record<CaseKind, string> = {
  case_dispatched: '新案件',
  case_rerouted: '改派案件',
  case_returned: '已退单',
  case_extension_requested: '延期申请',
  case_extension_decided: '延期审批',
  case_handled: '待核查',
  case_sent_back: '核查退回',
  case_withdrawn: '已撤回',
  case_moved: '已改派',
  case_due_soon: '即将到期',
  case_overdue: '已超期',
  case_review_due: '挂账复查',
};

export const caseKindTones: Record<CaseKind, Tone> = {
  case_dispatched: 'news',
  case_rerouted: 'news',
  case_returned: 'warn',
  case_extension_requested: 'warn',
  case_extension_decided: 'news',
  case_handled: 'warn',
  case_sent_back: 'warn',
  case_withdrawn: 'news',
  case_moved: 'news',
  case_due_soon: 'warn',
  case_overdue: 'alert',
  case_review_due: 'warn',
};

/** "，应于12月8日 17:00前答复" when the due time is known. */
function dueBy(facts: NotificationFacts): string {
  return facts.when === undefined ? '' : `，应于${at(facts)}前答复`;
}

/**
 * The sentence under the title. `case_extension_decided` says the decision through `reason`
 * ('同意' or '不同意', as the service passes it), the new due time through `when`.
 */
export function caseNotificationText(kind: CaseKind, facts: NotificationFacts = {}): string {
  switch (kind) {
    case 'case_dispatched':
      return `新案件${dueBy(facts)}。请尽快受理；不属于本单位的，请在2个工作小时内退单并写明原因。`;
    case 'case_rerouted':
      return `街道改派给您单位一件案件${dueBy(facts)}${because(facts)}。请尽快受理。`;
    case 'case_returned':
      return `承办单位退回了一件案件${because(facts)}，请街道改派。`;
    case 'case_extension_requested':
      return `承办单位申请延期${because(facts)}，请街道审批。`;
    case 'case_extension_decided':
      return facts.reason === '不同意'
        ? `街道不同意延期，请按原期限${at(facts) ? `（${at(facts)}）` : ''}答复。`
        : `街道同意延期${facts.when === undefined ? '' : `，新的答复期限是${at(facts)}`}。`;
    case 'case_handled':
      return '承办单位已反馈处理结果，请到现场核查：解决了就通过，没解决的写明问题退回。';
    case 'case_sent_back':
      return `案件核查未通过，已退回您单位继续处理${because(facts)}。`;
    case 'case_withdrawn':
      return `居委会撤回了这件案件${because(facts)}，不用再处理。`;
    case 'case_moved':
      return `街道已把这件案件改派给其他单位${because(facts)}，您单位不用再处理。`;
    case 'case_due_soon':
      return `案件快到答复期限了${dueBy(facts)}。请抓紧处理；确需更多时间的，可申请延期一次。`;
    case 'case_overdue':
      return `案件已超过答复期限${facts.when === undefined ? '' : `（${at(facts)}）`}，请尽快处理并反馈。`;
    case 'case_review_due':
      return `挂账案件到了复查日期${aside(facts)}，请看看计划进展，能办结的请反馈。`;
  }
}

export function isCaseKind(kind: string): kind is CaseKind {
  return (caseKinds as readonly string[]).includes(kind);
}
