import type { CaseHolder } from '@domain/casework/holders';
import type { CaseAction } from '@domain/casework/transitions';
import type { CaseDetail } from '@domain/casework/views';
import type { ShanghaiDate } from '@domain/time';
import type { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import { confirmChoice } from '../../../components/staff/confirmChoice';
import { useCommand } from '../../../hooks/useCommand';

/** The steps a case page offers (the case's `actions`), with their button words and what the toast says after. */
export const caseSteps: Record<Exclude<CaseAction, 'dispatch'>, { text: string; done: string }> = {
  accept: { text: '受理', done: '已受理，请在答复期限前办好并反馈' },
  return: { text: '退单', done: '已退单，街道会改派' },
  reroute: { text: '改派', done: '已改派，新的承办单位重新计时' },
  requestExtension: { text: '申请延期', done: '已申请延期，等街道审批' },
  decideExtension: { text: '审批延期', done: '已审批延期申请' },
  markLongTerm: { text: '挂账', done: '已挂账，到复查日期会提醒' },
  feedback: { text: '处理反馈', done: '已反馈，等现场核查' },
  pass: { text: '核查通过', done: '核查通过，居民可以评价了' },
  sendBack: { text: '核查退回', done: '已退回承办单位' },
  withdraw: { text: '撤回', done: '案件已撤回' },
};
export type CaseStep = keyof typeof caseSteps;

/**
 * The steps of one case, each through the command hook (a retry after a timeout keeps its request
 * id). Each answer is the case as it now stands, shown at once; a refusal that is not about a
 * field means the case moved on elsewhere (another user accepted it, the street re-routed it), so
 * the case is read again under the message, which is shown as the server wrote it.
 */
export function useCaseSteps(
  detail: CaseDetail,
  view: { show: (detail: CaseDetail) => void; reload: () => Promise<void> },
  toast: string,
) {
  // A refused tap is said on the page, above the case as it is read again (not in a passing toast).
  const tapping = useCommand({ toast });
  const filling = useCommand({ toast });
  const caseId = detail.summary.id;

  function refused(error: ApiError | null) {
    if (error && error.code !== 'BAD_INPUT' && !error.unanswered) void view.reload();
  }

  async function run(
    command: typeof tapping,
    step: CaseStep,
    input: object,
    send: (requestId: string) => Promise<{ case: CaseDetail }>,
  ): Promise<boolean> {
    const sent = await command.run({ step, ...input }, send, { name: step, done: caseSteps[step].done });
    if (sent.ok) view.show(sent.value.case);
    else refused(sent.error);
    return sent.ok;
  }

  async function accept() {
    const go = await confirmChoice({
      title: '受理案件',
      content: '受理后由您办理，请在答复期限前办好并反馈。',
      confirmText: '受理',
      cancelText: '再看看',
    });
    if (!go) return;
    const input = { caseId };
    await run(tapping, 'accept', input, (requestId) => call('casework', 'accept', input, { requestId }));
  }

  const fill = (step: CaseStep, input: object, send: (requestId: string) => Promise<{ case: CaseDetail }>) =>
    run(filling, step, input, send);

  return {
    tapping,
    filling,
    accept,
    returnCase: (reason: string) => {
      const input = { caseId, reason };
      return fill('return', input, (requestId) => call('casework', 'return', input, { requestId }));
    },
    withdraw: (reason: string) => {
      const input = { caseId, reason };
      return fill('withdraw', input, (requestId) => call('casework', 'withdraw', input, { requestId }));
    },
    reroute: (holder: CaseHolder, reason: string) => {
      const input = { caseId, holder, reason };
      return fill('reroute', input, (requestId) => call('casework', 'reroute', input, { requestId }));
    },
    requestExtension: (hours: number, reason: string) => {
      const input = { caseId, hours, reason };
      return fill('requestExtension', input, (requestId) => call('casework', 'requestExtension', input, { requestId }));
    },
    decideExtension: (approve: boolean) => {
      const input = { caseId, approve };
      return fill('decideExtension', input, (requestId) => call('casework', 'decideExtension', input, { requestId }));
    },
    markLongTerm: (plan: string, reviewDate: ShanghaiDate) => {
      const input = { caseId, plan, reviewDate };
      return fill('markLongTerm', input, (requestId) => call('casework', 'markLongTerm', input, { requestId }));
    },
    feedback: (text: string, photos: string[]) => {
      const input = { caseId, text, photos };
      return fill('feedback', input, (requestId) => call('casework', 'feedback', input, { requestId }));
    },
    verify: (outcome: 'passed' | 'sentBack', note: string) => {
      const input = { caseId, outcome, note };
      const step = outcome === 'passed' ? 'pass' : 'sendBack';
      return fill(step, input, (requestId) => call('casework', 'verify', input, { requestId }));
    },
  };
}

export type CaseSteps = ReturnType<typeof useCaseSteps>;
