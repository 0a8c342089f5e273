import type { ActivityView } from '@domain/service/activityViews';
import type { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import { askConsent } from '../../../api/subscribe';
import { confirmChoice } from '../../../components/staff/confirmChoice';
import { useCommand } from '../../../hooks/useCommand';

export type CodeStep = 'signIn' | 'signOut';

export const codeSteps = {
  signIn: { action: 'signInActivity', text: '签到', done: '签到成功' },
  signOut: { action: 'signOutActivity', text: '签退', done: '签退成功' },
} as const;

/**
 * A volunteer's steps on an activity, each through the command hook (its request id kept when the
 * same step is tried again): signing up and withdrawing are one tap with the outcome in the toast;
 * signing in and out carry the organiser's code, and a refusal (a wrong or old code) is said under
 * the code. Each answer is the activity as it now stands; a refusal that is not about the input
 * means it moved on (cancelled, full, closed), so it is read again.
 */
export function useActivityCommands(
  activity: ActivityView,
  view: { show: (activity: ActivityView) => void; reload: () => Promise<void> },
  toast: string,
) {
  const tapping = useCommand({ toast, failures: 'toast' });
  const coding = useCommand({ toast });
  const activityId = activity.id;

  function refused(error: ApiError | null) {
    if (error && error.code !== 'BAD_INPUT' && !error.unanswered) void view.reload();
  }

  /** Call from the tap itself: WeChat opens the consent dialog only inside a tap, before any await. */
  function signUp() {
    void askConsent('activity');
    void send('signUpActivity', (answer) =>
      answer.mySignUp?.state === 'waitlisted'
        ? `已满员，您是候补第${answer.mySignUp.waitlistPosition ?? 1}位`
        : '报名成功，请按时到场签到',
    );
  }

  async function withdraw() {
    const sure = await confirmChoice({
      title: '取消报名',
      content: '确定不去了吗？名额会让给候补的志愿者。',
      confirmText: '取消报名',
      cancelText: '再想想',
    });
    if (sure) await send('withdrawActivity', () => '已取消报名');
  }

  async function send(action: 'signUpActivity' | 'withdrawActivity', done: (answer: ActivityView) => string) {
    const input = { activityId };
    const sent = await tapping.run({ action, ...input }, (requestId) => call('service', action, input, { requestId }), {
      name: action,
      done: (answer) => done(answer.activity),
    });
    if (sent.ok) view.show(sent.value.activity);
    else refused(sent.error);
  }

  async function enterCode(step: CodeStep, code: string): Promise<boolean> {
    const { action, done } = codeSteps[step];
    const input = { activityId, code };
    const sent = await coding.run({ step, ...input }, (requestId) => call('service', action, input, { requestId }), {
      done,
    });
    if (sent.ok) view.show(sent.value.activity);
    else refused(sent.error);
    return sent.ok;
  }

  return { tapping, coding, signUp, withdraw, enterCode };
}

export type ActivityCommands = ReturnType<typeof useActivityCommands>;
