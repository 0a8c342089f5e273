import type { matterEndings } from '../contract/matter';
import { AppError } from '../errors';
import { formatShanghai } from '../time';
import { stateLabels } from './states';
import type { ActionItem } from './views';

/**
 * Minutes, and a matter marked resolved, describe a meeting that took place: neither may be
 * recorded before the consultation's scheduled time.
 */
export function meetingHeld(scheduledAt: number, nowMs: number): boolean {
  return nowMs >= scheduledAt;
}

export function assertMeetingHeld(scheduledAt: number, nowMs: number, what: string): void {
  if (meetingHeld(scheduledAt, nowMs)) return;
  throw new AppError('INVALID_STATE', `协商会定在${formatShanghai(scheduledAt, 'M月D日 HH:mm')}，开始后才能${what}`);
}

/** Action items not done yet. */
export function openActionItems(actions: readonly ActionItem[]): ActionItem[] {
  return actions.filter((a) => a.state !== 'done');
}

function describe(item: ActionItem): string {
  const [, month, day] = item.dueDate.split('-').map(Number);
  const who = item.owner ? `${item.owner}，` : '';
  return `${item.description}（${who}${month}月${day}日前）`;
}

/**
 * Concluding while agreed items are still open is a choice the committee makes knowingly: without
 * `confirmed`, CONFIRMATION_REQUIRED lists the open items so the client can ask and resend.
 */
export function assertOpenItemsConfirmed(actions: readonly ActionItem[], confirmed: boolean): void {
  const open = openActionItems(actions);
  if (open.length === 0 || confirmed) return;
  throw new AppError(
    'CONFIRMATION_REQUIRED',
    `还有${open.length}项议定事项未完成：${open.map(describe).join('；')}。确定现在就结束这件说事吗？`,
  );
}

/** The honest endings the committee chooses from, named after the state each one leads to. */
export type MatterEnding = (typeof matterEndings)[number];
export const endingLabels: Record<MatterEnding, string> = {
  resolve: stateLabels.resolved,
  closeUnresolved: stateLabels.closed_unresolved,
  refer: stateLabels.referred,
};
