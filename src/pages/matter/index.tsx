import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/apiError';
import { call } from '../../api/client';
import { askConsent } from '../../api/subscribe';
import { CommentBox } from '../../components/matters/CommentBox';
import { CommentsSection } from '../../components/matters/CommentsSection';
import { ConsultationCard } from '../../components/matters/ConsultationCard';
import { EscalationCard } from '../../components/matters/EscalationCard';
import { FlagSheet } from '../../components/matters/FlagSheet';
import { MatterActions } from '../../components/matters/MatterActions';
import { fullTime } from '../../components/matters/format';
import { authorLine, matterUrl } from '../../components/matters/MatterCard';
import { MatterTags } from '../../components/matters/MatterTags';
import { notifyMatterChanged } from '../../components/matters/matterEvents';
import { PhotoGallery } from '../../components/matters/PhotoGallery';
import { isMaskedKind, RaiseNotice } from '../../components/matters/RaiseNotice';
import { AnonymityCard } from '../../components/matters/AnonymityCard';
import { RatePanel } from '../../components/matters/RatePanel';
import { RatingCard } from '../../components/matters/RatingCard';
import { ReopenPanel } from '../../components/matters/ReopenPanel';
import { StatusNote } from '../../components/matters/StatusNote';
import { Timeline } from '../../components/matters/Timeline';
import { useCursorList } from '../../components/useCursorList';
import { useIntentId } from '../../components/matters/useIntentId';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { ErrorView, LoadingView, StateView } from '../../components/StateView';
import { maskedKindLabels } from '@domain/matters/textMasking';
import { isActiveState, isPublicState } from '@domain/matters/states';
import type { CommentView, MatterDetail } from '@domain/matters/views';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../hooks/useAsync';
import './index.scss';

const TOAST = 'matter-toast';

interface PageParams {
  id: string;
  /** Set by the raise page: tell the author what happened to what they just posted. */
  raised: boolean;
  queued: boolean;
  masked: string[];
}

function readParams(): PageParams {
  const params = Taro.getCurrentInstance()?.router?.params ?? {};
  const decode = (v?: string) => {
    try {
      return v ? decodeURIComponent(v) : '';
    } catch {
      return v ?? ''; // already decoded by the platform
    }
  };
  return {
    id: decode(params.id),
    raised: params.raised === '1',
    queued: params.queued === '1',
    masked: decode(params.masked).split(',').filter(Boolean),
  };
}

export default function MatterPage() {
  const params = useMemo(readParams, []);
  const shareTitle = useRef('居民说事');
  useShareAppMessage(() => ({ title: shareTitle.current, path: matterUrl(params.id) }));
  return (
    <Screen>
      <SessionGate>
        {(user) =>
          params.id ? (
            <MatterView
              user={user}
              params={params}
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

const toast = (content: string, ok = true) => Toast.show(TOAST, { content, icon: ok ? 'success' : 'fail' });
const messageOf = (caught: unknown, fallback: string) => (caught instanceof ApiError ? caught.message : fallback);

function MatterView({
  user,
  params,
  onTitle,
}: {
  user: SelfView;
  params: PageParams;
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
  const [busy, setBusy] = useState<'support' | 'follow' | 'anonymity' | null>(null);
  const [commentNote, setCommentNote] = useState('');
  const intent = useIntentId();
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

  /** Runs one command as one intent: the same button tapped again after a failure reuses the id. */
  async function command<T>(key: string, run: (requestId: string) => Promise<T>): Promise<T> {
    const result = await run(intent.idFor(key));
    intent.settle();
    notifyMatterChanged();
    return result;
  }

  async function toggleSupport() {
    if (busy) return;
    const action = matter!.mine.supported ? 'unsupport' : 'support';
    // Supporting means wanting to hear how it goes: ask for WeChat notices inside the tap, not awaited.
    if (action === 'support') void askConsent('matter');
    setBusy('support');
    try {
      const result = await command(`${action}:${matterId}`, (requestId) =>
        call('matter', action, { matterId }, { requestId }),
      );
      setMatter(
        (m) => m && { ...m, supportCount: result.supportCount, mine: { ...m.mine, supported: result.supported } },
      );
      toast(result.supported ? '已附议' : '已取消附议');
    } catch (caught) {
      toast(messageOf(caught, '操作失败，请重试'), false);
    } finally {
      setBusy(null);
    }
  }

  async function toggleFollow() {
    if (busy) return;
    const action = matter!.mine.following ? 'unfollow' : 'follow';
    if (action === 'follow') void askConsent('matter');
    setBusy('follow');
    try {
      const result = await command(`${action}:${matterId}`, (requestId) =>
        call('matter', action, { matterId }, { requestId }),
      );
      setMatter(
        (m) =>
          m && {
            ...m,
            followerCount: Math.max(
              0,
              m.followerCount + (result.following === m.mine.following ? 0 : result.following ? 1 : -1),
            ),
            mine: { ...m.mine, following: result.following },
          },
      );
      toast(result.following ? '已关注，有进展会通知您' : '已取消关注');
    } catch (caught) {
      toast(messageOf(caught, '操作失败，请重试'), false);
    } finally {
      setBusy(null);
    }
  }

  async function sendComment(body: string, parentId: string | null): Promise<string | null> {
    try {
      const result = await command(`comment:${matterId}:${parentId}:${body}`, (requestId) =>
        call('matter', 'comment', { matterId, body, parentId }, { requestId }),
      );
      const published = result.moderation === 'published';
      const masked = result.maskedKinds.filter(isMaskedKind).map((k) => maskedKindLabels[k]);
      setCommentNote(
        [
          published ? '' : '评论已提交，审核通过后其他人才能看到。',
          masked.length ? `为保护隐私，评论里的${masked.join('、')}已自动隐藏。` : '',
        ]
          .filter(Boolean)
          .join(''),
      );
      toast(published ? '已发表' : '已提交，审核后显示');
      if (published) setMatter((m) => m && { ...m, commentCount: m.commentCount + 1 });
      setReplyTo(null);
      void comments.refresh();
      return null;
    } catch (caught) {
      return messageOf(caught, '发表失败，请重试');
    }
  }

  async function sendFlag(reason: string): Promise<string | null> {
    if (!flagging) return null;
    try {
      await command(`flag:${flagging.type}:${flagging.id}:${reason}`, (requestId) =>
        call('matter', 'flag', { targetType: flagging.type, targetId: flagging.id, reason }, { requestId }),
      );
      setFlagging(null);
      toast('已收到举报，居委会会尽快核实');
      return null;
    } catch (caught) {
      return messageOf(caught, '举报失败，请重试');
    }
  }

  async function changeAnonymity(anonymous: boolean) {
    if (busy) return;
    setBusy('anonymity');
    try {
      const result = await command(`setAnonymous:${matterId}:${anonymous}`, (requestId) =>
        call('matter', 'setAnonymous', { matterId, anonymous }, { requestId }),
      );
      setMatter(result.matter);
      toast(anonymous ? '已改为匿名' : '已改为显示姓名');
    } catch (caught) {
      toast(messageOf(caught, '操作失败，请重试'), false);
    } finally {
      setBusy(null);
    }
  }

  async function rate(score: number, comment: string): Promise<string | null> {
    try {
      const result = await command(`rate:${matterId}:${score}:${comment}`, (requestId) =>
        call('matter', 'rate', { matterId, score, comment }, { requestId }),
      );
      setMatter(result.matter);
      toast('谢谢您的评价');
      return null;
    } catch (caught) {
      return messageOf(caught, '提交失败，请重试');
    }
  }

  async function reopen(reason: string): Promise<string | null> {
    try {
      const result = await command(`reopen:${matterId}:${reason}`, (requestId) =>
        call('matter', 'reopen', { matterId, reason }, { requestId }),
      );
      setMatter(result.matter);
      toast('已重新打开，居委会会接着办');
      return null;
    } catch (caught) {
      return messageOf(caught, '提交失败，请重试');
    }
  }

  return (
    <View id="matter-detail" className="matter-page">
      {params.raised && matter.mine.isAuthor ? (
        <RaiseNotice queued={params.queued} maskedKinds={params.masked} />
      ) : null}
      <StatusNote matter={matter} showPending={!params.raised} />

      <View className="mq-card matter-head">
        <MatterTags matter={matter} onOwnPage />
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
        onFlag={() => setFlagging({ type: 'matter', id: matter.id })}
      />

      {matter.mine.isAuthor && isResident ? (
        <AnonymityCard
          matter={matter}
          busy={busy === 'anonymity'}
          onChange={(anonymous) => void changeAnonymity(anonymous)}
        />
      ) : null}
      {matter.rating ? <RatingCard rating={matter.rating} /> : null}
      {matter.mine.canRate ? <RatePanel onSubmit={rate} /> : null}
      {matter.mine.canReopen ? <ReopenPanel resolvedAt={matter.resolvedAt} onSubmit={reopen} /> : null}

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
              onFlag={isResident ? (c) => setFlagging({ type: 'comment', id: c.id }) : undefined}
            />
            {commentNote ? (
              <View className="matter-comment-note" id="comment-note" role="status">
                {commentNote}
              </View>
            ) : null}
            {canComment ? (
              <CommentBox replyTo={replyTo} onCancelReply={() => setReplyTo(null)} onSubmit={sendComment} />
            ) : null}
          </View>
        </>
      ) : matter.state === 'pending_review' ? (
        <View className="mq-muted matter-comment-closed">审核通过、公开以后，邻居们就能在这里评论。</View>
      ) : null}

      {flagging ? (
        <FlagSheet
          what={flagging.type === 'matter' ? '说事' : '评论'}
          onClose={() => setFlagging(null)}
          onSubmit={sendFlag}
        />
      ) : null}
    </View>
  );
}
