import { Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { askConsent } from '../../api/subscribe';
import { CommentBox } from '../../components/matters/CommentBox';
import { CommentsSection } from '../../components/matters/CommentsSection';
import { ConsultationCard } from '../../components/matters/ConsultationCard';
import { EscalationCard } from '../../components/matters/EscalationCard';
import { FlagSheet } from '../../components/matters/FlagSheet';
import { MatterActions } from '../../components/matters/MatterActions';
import { fullTime } from '../../components/matters/format';
import { authorLine } from '../../components/matters/MatterCard';
import { notifyMatterChanged } from '../../components/matters/matterEvents';
import { PhotoGallery } from '../../components/matters/PhotoGallery';
import { isMaskedKind, RaiseNotice } from '../../components/matters/RaiseNotice';
import { AnonymityCard } from '../../components/matters/AnonymityCard';
import { RatePanel } from '../../components/matters/RatePanel';
import { RatingCard } from '../../components/matters/RatingCard';
import { ReopenPanel } from '../../components/matters/ReopenPanel';
import { StateBadge } from '../../components/matters/StateBadge';
import { StatusNote } from '../../components/matters/StatusNote';
import { Timeline } from '../../components/matters/Timeline';
import { useCursorList } from '../../components/useCursorList';
import { useCommand, type Command, type RunFeedback } from '../../hooks/useCommand';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { ErrorView, LoadingView, StateView } from '../../components/StateView';
import { categoryLabels } from '@domain/matters/categories';
import { maskedKindLabels } from '@domain/matters/textMasking';
import { isActiveState, isPublicState } from '@domain/matters/states';
import type { CommentView, MatterDetail } from '@domain/matters/views';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../hooks/useAsync';
import './index.scss';
import { routes, routeUrl, type ParamsOf } from '@domain/routes';
import { usePageParams } from '../../hooks/usePageParams';

const TOAST = 'matter-toast';

type MatterParams = ParamsOf<typeof routes.matter>;

export default function MatterPage() {
  const read = usePageParams(routes.matter);
  const shareTitle = useRef('居民说事');
  useShareAppMessage(() => ({
    title: shareTitle.current,
    path: read.ok ? routeUrl(routes.matter, { id: read.params.id }) : routeUrl(routes.matters),
  }));
  return (
    <Screen>
      <SessionGate>
        {(user) =>
          read.ok ? (
            <MatterView
              user={user}
              params={read.params}
              onTitle={(title) => {
                shareTitle.current = title;
              }}
            />
          ) : (
            <StateView kind="error" title="没有找到这件说事" detail="链接不完整，请从说事列表进入" />
          )
        }
      </SessionGate>
      <Toast id={TOAST} />
    </Screen>
  );
}

function MatterView({
  user,
  params,
  onTitle,
}: {
  user: SelfView;
  params: MatterParams;
  onTitle: (title: string) => void;
}) {
  const matterId = params.id;
  const loaded = useAsync(() => call('matter', 'detail', { matterId }), [matterId]);
  const [matter, setMatter] = useState<MatterDetail | null>(null);
  const comments = useCursorList(
    (cursor) => call('matter', 'comments', { matterId, limit: 20, ...(cursor ? { cursor } : {}) }),
    [matterId],
  );
  const [replyTo, setReplyTo] = useState<CommentView | null>(null);
  const [flagging, setFlagging] = useState<{ type: 'matter' | 'comment'; id: string } | null>(null);
  const [commentNote, setCommentNote] = useState('');
  // One-tap buttons say their outcome in the Toast; forms say a refusal where it was typed.
  const toggles = useCommand({ toast: TOAST, failures: 'toast' });
  const commenting = useCommand({ toast: TOAST });
  const flagCommand = useCommand({ toast: TOAST });
  const rating = useCommand({ toast: TOAST });
  const reopening = useCommand({ toast: TOAST });
  const titleSink = useRef(onTitle);
  titleSink.current = onTitle;

  // A fresh answer from the server (first load, pull-down) replaces what the buttons changed locally.
  useEffect(() => {
    if (!loaded.data) return;
    setMatter(loaded.data);
    titleSink.current(loaded.data.title);
  }, [loaded.data]);

  usePullDownRefresh(() => {
    void Promise.all([loaded.reload(), comments.refresh()]).finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void comments.loadMore());

  if (!matter) {
    if (loaded.status === 'error')
      return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
    return <LoadingView />;
  }

  const isResident = user.role === 'resident';
  const isPublic = isPublicState(matter.state);
  const canSupport = isResident && !matter.mine.isAuthor && (isActiveState(matter.state) || matter.mine.supported);
  const canFollow = user.role !== 'admin';
  const canFlag = isResident && !matter.mine.isAuthor && isPublic;
  const canComment = isPublic && user.role !== 'admin';

  /** Runs one command on this matter; the lists that show it hear that it changed. */
  async function act<T>(
    command: Command,
    intent: unknown,
    send: (requestId: string) => Promise<T>,
    feedback: RunFeedback<T>,
  ) {
    const sent = await command.run(intent, send, feedback);
    if (sent.ok) notifyMatterChanged();
    return sent;
  }

  async function toggleSupport() {
    if (toggles.busy) return;
    const action = matter!.mine.supported ? 'unsupport' : 'support';
    // Supporting means wanting to hear how it goes: ask for WeChat notices inside the tap, not awaited.
    if (action === 'support') void askConsent('matter');
    const sent = await act(
      toggles,
      { action, matterId },
      (requestId) => call('matter', action, { matterId }, { requestId }),
      {
        name: 'support',
        done: (result) => (result.supported ? '已附议' : '已取消附议'),
      },
    );
    if (!sent.ok) return;
    const { supportCount, supported } = sent.value;
    setMatter((m) => m && { ...m, supportCount, mine: { ...m.mine, supported } });
  }

  async function toggleFollow() {
    if (toggles.busy) return;
    const action = matter!.mine.following ? 'unfollow' : 'follow';
    if (action === 'follow') void askConsent('matter');
    const sent = await act(
      toggles,
      { action, matterId },
      (requestId) => call('matter', action, { matterId }, { requestId }),
      {
        name: 'follow',
        done: (result) => (result.following ? '已关注，有进展会通知您' : '已取消关注'),
      },
    );
    if (!sent.ok) return;
    const { following } = sent.value;
    setMatter(
      (m) =>
        m && {
          ...m,
          followerCount: Math.max(0, m.followerCount + (following === m.mine.following ? 0 : following ? 1 : -1)),
          mine: { ...m.mine, following },
        },
    );
  }

  async function sendComment(body: string, parentId: string | null) {
    const input = { matterId, body, parentId };
    const sent = await act(commenting, input, (requestId) => call('matter', 'comment', input, { requestId }), {
      done: (result) => (result.moderation === 'published' ? '已发表' : '已提交，审核后显示'),
    });
    if (!sent.ok) return sent;
    const published = sent.value.moderation === 'published';
    const masked = sent.value.maskedKinds.filter(isMaskedKind).map((k) => maskedKindLabels[k]);
    setCommentNote(
      [
        published ? '' : '评论已提交，审核通过后其他人才能看到。',
        masked.length ? `为保护隐私，评论里的${masked.join('、')}已自动隐藏。` : '',
      ]
        .filter(Boolean)
        .join(''),
    );
    if (published) setMatter((m) => m && { ...m, commentCount: m.commentCount + 1 });
    setReplyTo(null);
    void comments.refresh();
    return sent;
  }

  /** A new report starts clean: what went wrong with the last one is not this one's problem. */
  function startFlag(target: { type: 'matter' | 'comment'; id: string }) {
    flagCommand.clearError();
    setFlagging(target);
  }

  async function sendFlag(reason: string) {
    const input = { targetType: flagging!.type, targetId: flagging!.id, reason };
    const sent = await act(flagCommand, input, (requestId) => call('matter', 'flag', input, { requestId }), {
      done: '已收到举报，居委会会尽快核实',
    });
    if (sent.ok) setFlagging(null);
    return sent;
  }

  async function changeAnonymity(anonymous: boolean) {
    const input = { matterId, anonymous };
    const sent = await act(toggles, input, (requestId) => call('matter', 'setAnonymous', input, { requestId }), {
      name: 'anonymity',
      done: anonymous ? '已改为匿名' : '已改为显示姓名',
    });
    if (sent.ok) setMatter(sent.value.matter);
  }

  async function rate(score: number, comment: string) {
    const input = { matterId, score, comment };
    const sent = await act(rating, input, (requestId) => call('matter', 'rate', input, { requestId }), {
      done: '谢谢您的评价',
    });
    if (sent.ok) setMatter(sent.value.matter);
    return sent;
  }

  async function reopen(reason: string) {
    const input = { matterId, reason };
    const sent = await act(reopening, input, (requestId) => call('matter', 'reopen', input, { requestId }), {
      done: '已重新打开，居委会会接着办',
    });
    if (sent.ok) setMatter(sent.value.matter);
    return sent;
  }

  const busy = toggles.running as 'support' | 'follow' | 'anonymity' | null;

  return (
    <View id="matter-detail" className="matter-page">
      {params.raised && matter.mine.isAuthor ? (
        <RaiseNotice queued={params.queued} maskedKinds={params.masked} />
      ) : null}
      <StatusNote matter={matter} showPending={!params.raised} />

      <View className="mq-card matter-head">
        <View className="matter-head__tags">
          {matter.pinned ? <Text className="matter-head__pin">置顶</Text> : null}
          <StateBadge state={matter.state} />
          <Text className="matter-head__category">{categoryLabels[matter.category]}</Text>
        </View>
        <View className="matter-head__title" id="matter-detail-title">
          {matter.title}
        </View>
        <View className="matter-head__meta" id="matter-detail-author">
          {authorLine(matter)} · {fullTime(matter.createdAt)}
        </View>
        <View className="matter-head__body" id="matter-detail-body">
          {matter.body}
        </View>
        <PhotoGallery photos={matter.photos} />
      </View>

      <MatterActions
        matter={matter}
        canSupport={canSupport}
        canFollow={canFollow}
        canFlag={canFlag}
        isResident={isResident}
        busy={busy}
        onSupport={() => void toggleSupport()}
        onFollow={() => void toggleFollow()}
        onFlag={() => startFlag({ type: 'matter', id: matter.id })}
      />

      {matter.mine.isAuthor && isResident ? (
        <AnonymityCard
          matter={matter}
          busy={busy === 'anonymity'}
          onChange={(anonymous) => void changeAnonymity(anonymous)}
        />
      ) : null}
      {matter.rating ? <RatingCard rating={matter.rating} /> : null}
      {matter.mine.canRate ? <RatePanel command={rating} onSubmit={rate} /> : null}
      {matter.mine.canReopen ? (
        <ReopenPanel resolvedAt={matter.resolvedAt} command={reopening} onSubmit={reopen} />
      ) : null}

      {matter.escalation ? <EscalationCard escalation={matter.escalation} /> : null}
      {matter.consultation ? <ConsultationCard consultation={matter.consultation} /> : null}

      <View className="mq-section-title">办理进展</View>
      <View className="mq-card">
        <Timeline entries={matter.timeline} />
      </View>

      {isPublic ? (
        <>
          <View className="mq-section-title" id="comments">
            评论 {matter.commentCount}
          </View>
          <View className="mq-card">
            <CommentsSection
              list={comments}
              viewerId={user.id}
              onReply={canComment ? setReplyTo : undefined}
              onFlag={isResident ? (c) => startFlag({ type: 'comment', id: c.id }) : undefined}
            />
            {commentNote ? (
              <View className="matter-comment-note" id="comment-note" role="status">
                {commentNote}
              </View>
            ) : null}
            {canComment ? (
              <CommentBox
                replyTo={replyTo}
                command={commenting}
                onCancelReply={() => setReplyTo(null)}
                onSubmit={sendComment}
              />
            ) : null}
          </View>
        </>
      ) : matter.state === 'pending_review' ? (
        <View className="mq-muted matter-comment-closed">审核通过、公开以后，邻居们就能在这里评论。</View>
      ) : null}

      {flagging ? (
        <FlagSheet
          what={flagging.type === 'matter' ? '说事' : '评论'}
          command={flagCommand}
          onClose={() => setFlagging(null)}
          onSubmit={sendFlag}
        />
      ) : null}
    </View>
  );
}
