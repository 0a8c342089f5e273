import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { call } from '../../../api/client';
import { AnonymityCard } from '../../../components/matters/AnonymityCard';
import { CaseOnMatter, useMatterCases } from '../../../components/matters/CaseOnMatter';
import { ConsultationCard } from '../../../components/matters/ConsultationCard';
import { EscalationCard } from '../../../components/matters/EscalationCard';
import { FlagSheet } from '../../../components/matters/FlagSheet';
import { MatterActions } from '../../../components/matters/MatterActions';
import { hasMatterBar, MatterBar } from '../../../components/matters/MatterBar';
import { RaiseNotice } from '../../../components/matters/RaiseNotice';
import { RatePanel } from '../../../components/matters/RatePanel';
import { RatingCard } from '../../../components/matters/RatingCard';
import { ReopenPanel } from '../../../components/matters/ReopenPanel';
import { StatusNote } from '../../../components/matters/StatusNote';
import { Timeline } from '../../../components/matters/Timeline';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { isActiveState, isPublicState } from '@domain/matters/states';
import type { MatterDetail } from '@domain/matters/views';
import { routes, routeUrl, type ParamsOf } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { MatterComments } from './MatterComments';
import { MatterHead } from './MatterHead';
import { useCommentWriting } from './useCommentWriting';
import { useMatterCommands } from './useMatterCommands';
import { useMatterTalk, type CommentsPage } from './useMatterTalk';
import './index.scss';

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
  // One call opens the page: the detail brings the first page of comments, which the comment
  // list takes (once) instead of asking for it.
  const commentsWithDetail = useRef<Promise<CommentsPage> | null>(null);
  const loaded = useAsync(() => {
    const answer = call('matter', 'detail', { matterId });
    commentsWithDetail.current = answer.then((detail) => detail.comments);
    return answer;
  }, [matterId]);
  const [matter, setMatter] = useState<MatterDetail | null>(null);
  const talk = useMatterTalk(matterId, setMatter, TOAST, () => {
    const first = commentsWithDetail.current;
    commentsWithDetail.current = null;
    return first;
  });
  const titleSink = useRef(onTitle);
  titleSink.current = onTitle;

  // A fresh answer from the server (first load, pull-down) replaces what the buttons changed locally.
  useEffect(() => {
    if (!loaded.data) return;
    setMatter(loaded.data);
    titleSink.current(loaded.data.title);
  }, [loaded.data]);

  usePullDownRefresh(() => {
    // The detail is asked again first, so the comments come with it.
    void Promise.all([loaded.reload(), talk.comments.refresh()]).finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void talk.comments.loadMore());

  if (!matter) {
    if (loaded.status === 'error')
      return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
    return <LoadingView />;
  }
  return <MatterBody user={user} params={params} matter={matter} setMatter={setMatter} talk={talk} />;
}

/** The loaded matter: what it is, what the viewer may do with it, how it went, what neighbours say. */
function MatterBody({
  user,
  params,
  matter,
  setMatter,
  talk,
}: {
  user: SelfView;
  params: MatterParams;
  matter: MatterDetail;
  setMatter: Dispatch<SetStateAction<MatterDetail | null>>;
  talk: ReturnType<typeof useMatterTalk>;
}) {
  const commands = useMatterCommands(matter, setMatter, TOAST);
  const isResident = user.role === 'resident';
  const isPublic = isPublicState(matter.state);
  const canSupport = isResident && !matter.mine.isAuthor && (isActiveState(matter.state) || matter.mine.supported);
  const canFollow = user.role !== 'admin';
  const canFlag = isResident && !matter.mine.isAuthor && isPublic;
  const canComment = isPublic && user.role !== 'admin';
  const mustVerifyPhone = isResident && !user.phoneVerified;
  const writing = useCommentWriting(mustVerifyPhone);
  const withBar = hasMatterBar({ canSupport, canFollow, canComment });

  return (
    <View id="matter-detail" className={`matter-page ${withBar ? 'mq-matter-bar-room' : ''}`}>
      {params.raised && matter.mine.isAuthor ? (
        <RaiseNotice queued={params.queued} maskedKinds={params.masked} />
      ) : null}
      <StatusNote matter={matter} showPending={!params.raised} />
      <MatterHead matter={matter} />
      <MatterActions
        matter={matter}
        canSupport={canSupport}
        canFlag={canFlag}
        isResident={isResident}
        onFlag={() => talk.startFlag({ type: 'matter', id: matter.id })}
      />

      {matter.mine.isAuthor && isResident ? (
        <AnonymityCard
          matter={matter}
          busy={commands.busy === 'anonymity'}
          onChange={(anonymous) => void commands.changeAnonymity(anonymous)}
        />
      ) : null}
      {matter.rating ? <RatingCard rating={matter.rating} /> : null}
      {matter.mine.canRate ? <RatePanel command={commands.rating} onSubmit={commands.rate} /> : null}
      {matter.mine.canReopen ? (
        <ReopenPanel resolvedAt={matter.resolvedAt} command={commands.reopening} onSubmit={commands.reopen} />
      ) : null}

      {user.role === 'committee' || user.role === 'cadre' ? (
        <StaffCase matter={matter} role={user.role} />
      ) : matter.escalation ? (
        <EscalationCard escalation={matter.escalation} />
      ) : null}
      {matter.consultation ? <ConsultationCard consultation={matter.consultation} /> : null}

      <View className="mq-section-title">办理进展</View>
      <View className="mq-card">
        <Timeline entries={matter.timeline} />
      </View>

      {isPublic || matter.state === 'pending_review' ? (
        <MatterComments
          matter={matter}
          viewerId={user.id}
          canComment={canComment}
          mustVerifyPhone={mustVerifyPhone}
          canFlag={isResident}
          talk={talk}
          writing={writing}
        />
      ) : null}

      <MatterBar
        matter={matter}
        canSupport={canSupport}
        canFollow={canFollow}
        canComment={canComment}
        busy={commands.busy}
        onSupport={() => void commands.toggleSupport()}
        onFollow={() => void commands.toggleFollow()}
        onWrite={writing.write}
      />

      {talk.flagging ? (
        <FlagSheet
          what={talk.flagging.type === 'matter' ? '说事' : '评论'}
          command={talk.reporting}
          onClose={talk.stopFlag}
          onSubmit={talk.sendFlag}
        />
      ) : null}
    </View>
  );
}

/** The committee's and the cadre's view of the matter's case (the casework function's forMatter). */
function StaffCase({ matter, role }: { matter: MatterDetail; role: 'committee' | 'cadre' }) {
  const cases = useMatterCases(matter.id, matter.state);
  return (
    <CaseOnMatter
      matter={matter}
      role={role}
      cases={cases}
      withoutCase={matter.escalation ? <EscalationCard escalation={matter.escalation} /> : null}
    />
  );
}
