import { maskSensitiveText } from '../matters/textMasking';
import { formatShanghai } from '../time';

/*
 * The plain words each hand-off puts on the matter's public timeline: who holds the case now and by
 * when. Holder names come in as arguments (this file looks nothing up). Staff write the reasons,
 * plans and feedback, so they pass through the same masking as every text one person writes and
 * another reads: no phone, ID or plate reaches the public. An extension's request and a refusal
 * stay between the holder and the street; only an approved one changes the resident's "by when".
 */
export type CaseTimelineEvent =
  | { kind: 'dispatched'; holderName: string; dueAt: number }
  | { kind: 'accepted'; holderName: string }
  | { kind: 'returned'; holderName: string; reason: string }
  | { kind: 'rerouted'; byName: string; holderName: string; dueAt: number }
  | { kind: 'extended'; dueAt: number; reason: string }
  | { kind: 'longTerm'; plan: string; reviewAt: number }
  | { kind: 'feedback'; summary: string; photoCount: number }
  | { kind: 'passed' }
  | { kind: 'sentBack'; what: string }
  | { kind: 'withdrawn'; reason: string };

/** `12月8日17:00`: the due time as a resident reads it, in Asia/Shanghai. */
export function formatDue(ms: number): string {
  return formatShanghai(ms, 'M月D日HH:mm');
}

/** Staff text for the public: trimmed, numbers masked, line breaks folded into one line. */
function publicText(text: string): string {
  return maskSensitiveText(text.trim().replace(/\s*\n+\s*/g, ' ')).text;
}

export function handoffText(event: CaseTimelineEvent): string {
  switch (event.kind) {
    case 'dispatched':
      return `已派至 ${event.holderName}，应于${formatDue(event.dueAt)}前答复`;
    case 'accepted':
      return `${event.holderName} 已受理`;
    case 'returned':
      return `${event.holderName} 退单：${publicText(event.reason)}，待街道改派`;
    case 'rerouted':
      return `${event.byName} 改派至 ${event.holderName}，应于${formatDue(event.dueAt)}前答复`;
    case 'extended':
      return `延期至${formatDue(event.dueAt)}（${publicText(event.reason)}）`;
    case 'longTerm':
      return `已挂账：${publicText(event.plan)}，计划于${formatShanghai(event.reviewAt, 'M月D日')}复查`;
    case 'feedback': {
      const photos = event.photoCount > 0 ? `（附照片${event.photoCount}张）` : '';
      return `处理反馈：${publicText(event.summary)}${photos}`;
    }
    case 'passed':
      return '核查通过';
    case 'sentBack':
      return `核查退回：${publicText(event.what)}`;
    case 'withdrawn':
      return `社区已撤回：${publicText(event.reason)}`;
  }
}
