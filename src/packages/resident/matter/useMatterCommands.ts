import type { Dispatch, SetStateAction } from 'react';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import { notifyMatterChanged } from '../../../components/matters/matterEvents';
import type { MatterDetail } from '@domain/matters/views';
import { useCommand, type Command, type RunFeedback } from '../../../hooks/useCommand';

/** The one-tap buttons (附议, 关注, 匿名) share one command: one runs at a time. */
export type ToggleName = 'support' | 'follow' | 'anonymity';

type SetMatter = Dispatch<SetStateAction<MatterDetail | null>>;

/** Runs one command on a matter; the lists that show it hear that it changed. */
export async function actOnMatter<T>(
  command: Command,
  intent: unknown,
  send: (requestId: string) => Promise<T>,
  feedback: RunFeedback<T>,
) {
  const sent = await command.run(intent, send, feedback);
  if (sent.ok) notifyMatterChanged();
  return sent;
}

/**
 * What a viewer does to the matter itself: 附议, 关注, 匿名 (one-tap, outcome in the Toast), and the
 * author's 评价 and 重新打开 (forms, refusal where it was typed). Each keeps the page's copy current.
 */
export function useMatterCommands(matter: MatterDetail, setMatter: SetMatter, toast: string) {
  const matterId = matter.id;
  const toggles = useCommand({ toast, failures: 'toast' });
  const rating = useCommand({ toast });
  const reopening = useCommand({ toast });

  async function toggleSupport() {
    if (toggles.busy) return;
    const action = matter.mine.supported ? 'unsupport' : 'support';
    // Supporting means wanting to hear how it goes: ask for WeChat notices inside the tap; what
    // was accepted goes with the support, in the same call.
    const accepted = action === 'support' ? await acceptedConsent('matter') : [];
    const send = (requestId: string) => call('matter', action, withConsent({ matterId }, accepted), { requestId });
    const sent = await actOnMatter(toggles, { action, matterId }, send, {
      name: 'support',
      done: (result) => (result.supported ? '已附议' : '已取消附议'),
    });
    if (!sent.ok) return;
    const { supportCount, supported } = sent.value;
    setMatter((m) => m && { ...m, supportCount, mine: { ...m.mine, supported } });
  }

  async function toggleFollow() {
    if (toggles.busy) return;
    const action = matter.mine.following ? 'unfollow' : 'follow';
    const accepted = action === 'follow' ? await acceptedConsent('matter') : [];
    const send = (requestId: string) => call('matter', action, withConsent({ matterId }, accepted), { requestId });
    const sent = await actOnMatter(toggles, { action, matterId }, send, {
      name: 'follow',
      done: (result) => (result.following ? '已关注，有进展会通知您' : '已取消关注'),
    });
    if (!sent.ok) return;
    const { following } = sent.value;
    const change = (m: MatterDetail) => (following === m.mine.following ? 0 : following ? 1 : -1);
    setMatter(
      (m) =>
        m && {
          ...m,
          followerCount: Math.max(0, m.followerCount + change(m)),
          mine: { ...m.mine, following },
        },
    );
  }

  async function changeAnonymity(anonymous: boolean) {
    const input = { matterId, anonymous };
    const sent = await actOnMatter(
      toggles,
      input,
      (requestId) => call('matter', 'setAnonymous', input, { requestId }),
      {
        name: 'anonymity',
        done: anonymous ? '已改为匿名' : '已改为显示姓名',
      },
    );
    if (sent.ok) setMatter(sent.value.matter);
  }

  async function rate(score: number, comment: string) {
    const input = { matterId, score, comment };
    const sent = await actOnMatter(rating, input, (requestId) => call('matter', 'rate', input, { requestId }), {
      done: '谢谢您的评价',
    });
    if (sent.ok) setMatter(sent.value.matter);
    return sent;
  }

  async function reopen(reason: string) {
    const input = { matterId, reason };
    const sent = await actOnMatter(reopening, input, (requestId) => call('matter', 'reopen', input, { requestId }), {
      done: '已重新打开，居委会会接着办',
    });
    if (sent.ok) setMatter(sent.value.matter);
    return sent;
  }

  return {
    busy: toggles.running as ToggleName | null,
    toggleSupport,
    toggleFollow,
    changeAnonymity,
    rating,
    rate,
    reopening,
    reopen,
  };
}
