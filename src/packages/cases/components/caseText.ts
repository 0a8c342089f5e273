import { formatDue } from '@domain/casework/handoffText';
import { holderKindLabels, type HolderKind } from '@domain/casework/holders';
import { slaClassLabels, slaHours, type SlaClass } from '@domain/casework/sla';
import { isClockRunning, type CaseState } from '@domain/casework/states';

const HOUR_MS = 3_600_000;

/** `12月8日17:00前答复`: the due time as every case list says it (Asia/Shanghai). */
export function dueLine(dueAt: number): string {
  return `${formatDue(dueAt)}前答复`;
}

/**
 * The time line of a case card. While the clock runs: the due time, and in red how late it is.
 * A 挂账 case waits for its plan and a fed-back one for the check: their old due time (often past)
 * would read as late when nobody is, so the card says what it waits for instead.
 */
export function cardTimeLine(item: { state: CaseState; dueAt: number; overdue: boolean }, now: number): string {
  if (item.overdue) return `${overdueText(item.dueAt, now)}（${dueLine(item.dueAt)}）`;
  if (isClockRunning(item.state)) return dueLine(item.dueAt);
  return stoppedClockLines[item.state] ?? '';
}

const stoppedClockLines: Partial<Record<CaseState, string>> = {
  long_term: '挂账办理，按计划复查',
  handled: '已反馈，等待现场核查',
  verified: '已核查办结',
  withdrawn: '已撤回',
};

/** Whole hours gone by, rounded down: "5 hours late" from 5:00 to 5:59 late. */
function wholeHours(from: number, to: number): number {
  return Math.floor((to - from) / HOUR_MS);
}

/** `已超期5小时` / `已超期2天3小时` / `已超期不到1小时`: how late an open case is, for the red line. */
export function overdueText(dueAt: number, now: number): string {
  return `已超期${spanText(wholeHours(dueAt, now))}`;
}

/** `还剩3小时` / `还剩2天5小时` / `还剩不到1小时`: what the holder has before the due time. */
export function timeLeftText(dueAt: number, now: number): string {
  return `还剩${spanText(wholeHours(now, dueAt))}`;
}

function spanText(hours: number): string {
  if (hours < 1) return '不到1小时';
  if (hours < 24) return `${hours}小时`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? `${days}天` : `${days}天${rest}小时`;
}

/** `一般（7天）`: an SLA class with its length. */
export function slaText(slaClass: SlaClass): string {
  const hours = slaHours[slaClass];
  return `${slaClassLabels[slaClass]}（${hours <= 24 ? `${hours}小时` : `${hours / 24}天`}）`;
}

/** `区直部门 · 区城管局`: a holder with its kind, where bodies of several kinds are listed. */
export function holderText(holder: { kind: HolderKind; name: string }): string {
  return `${holderKindLabels[holder.kind]} · ${holder.name}`;
}
