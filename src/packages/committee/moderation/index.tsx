import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import type { SelfView } from '@domain/users';
import { useAsync } from '../../../hooks/useAsync';
import { BulkBar } from '../components/BulkBar';
import { CheckBox } from '../components/CheckBox';
import { RoleOnly } from '../../../components/RoleOnly';
import { CommunityScope } from '../components/CommunityScope';
import { CommentQueueItem, type QueueComment } from '../components/CommentQueueItem';
import { decisionDoneLabels, type Decision } from '../components/labels';
import { MatterQueueItem, type QueueMatter } from '../components/MatterQueueItem';
import { ModerationResults, type ModerationOutcome } from '../components/ModerationResults';
import { QueueTabs } from '../components/QueueTabs';
import { queueSections, type QueueSection, type QueueSectionId } from '../components/queueSections';
import { RejectSheet } from '../components/RejectSheet';
import { useCommand } from '../../../hooks/useCommand';
import { usePageParams } from '../../../hooks/usePageParams';
import { useSession } from '../../../state/session';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';

const TOAST = 'moderation-toast';
const PAGE_SIZE = 30;

interface QueuePage {
  matters: QueueMatter[];
  comments: QueueComment[];
  nextCursor: string | null;
}

type Queues = Record<QueueSectionId, QueuePage>;

export default function ModerationPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {(user) => <Moderation user={user} />}
    </RoleOnly>
  );
}

function Moderation({ user }: { user: SelfView }) {
  return (
    <CommunityScope user={user}>
      {(communityId) => <ModerationQueues key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

/** The first page of each queue, in one call; further pages come one queue at a time. */
async function loadQueues(communityId: string): Promise<Queues> {
  const first = await call('matter', 'moderationQueues', { communityId, limit: PAGE_SIZE });
  return Object.fromEntries(queueSections.map((s) => [s.id, first[s.answerKey]])) as Queues;
}

function countLabel(page: QueuePage | undefined, section: QueueSection): string | undefined {
  if (!page) return undefined;
  const n = section.target === 'matter' ? page.matters.length : page.comments.length;
  return page.nextCursor ? `${n}+` : String(n);
}

/** The queue a link asked for (the committee home's counts), else the first. */
function useAskedSection(): QueueSectionId {
  const read = usePageParams(routes.moderation);
  const asked = read.ok ? read.params.queue : undefined;
  return queueSections.find((s) => s.answerKey === asked)?.id ?? 'pending-matter';
}

function ModerationQueues({ communityId }: { communityId: string }) {
  const { directory } = useSession();
  const askedSection = useAskedSection();
  const [sectionId, setSectionId] = useState<QueueSectionId>(askedSection);
  const [more, setMore] = useState<Partial<Queues>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState(false);
  const [outcome, setOutcome] = useState<ModerationOutcome | null>(null);
  const submission = useCommand();
  const queues = useAsync(() => {
    setMore({});
    return loadQueues(communityId);
  }, [communityId]);

  // Back from a matter's control panel: what was handled there leaves the queue.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void queues.reload();
    shown.current = true;
  });

  const section = queueSections.find((s) => s.id === sectionId)!;
  const first = queues.data?.[sectionId];
  const extra = more[sectionId];
  const page: QueuePage | undefined = first && {
    matters: [...first.matters, ...(extra?.matters ?? [])],
    comments: [...first.comments, ...(extra?.comments ?? [])],
    nextCursor: extra ? extra.nextCursor : first.nextCursor,
  };
  const items = page ? (section.target === 'matter' ? page.matters : page.comments) : [];
  const ids = items.map((item) => item.id);
  const allSelected = ids.length > 0 && ids.every((id) => selected.includes(id));
  const counts = Object.fromEntries(
    queueSections.map((s) => [s.id, countLabel(s.id === sectionId ? page : queues.data?.[s.id], s)]),
  );

  function chooseSection(id: QueueSectionId) {
    setSectionId(id);
    setSelected([]);
    setOutcome(null);
  }

  function toggle(id: string) {
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  }

  async function loadMore(cursor: string) {
    const next = await call('matter', 'moderationQueue', {
      communityId,
      kind: section.kind,
      target: section.target,
      cursor,
      limit: PAGE_SIZE,
    }).catch(() => null);
    if (!next) return Toast.show(TOAST, { content: '加载失败，请重试', icon: 'fail' });
    setMore((previous) => {
      const had = previous[sectionId];
      return {
        ...previous,
        [sectionId]: {
          matters: [...(had?.matters ?? []), ...next.matters],
          comments: [...(had?.comments ?? []), ...next.comments],
          nextCursor: next.nextCursor,
        },
      };
    });
  }

  async function decide(decision: Decision, reason = '') {
    const targetIds = ids.filter((id) => selected.includes(id));
    if (targetIds.length === 0) return;
    const titles = new Map<string, string>(
      section.target === 'matter'
        ? (page?.matters ?? []).map((m) => [m.id, m.title])
        : (page?.comments ?? []).map((c) => [c.id, c.body]),
    );
    const input = { targetType: section.target, targetIds, decision, reason };
    const sent = await submission.run(input, (requestId) => call('matter', 'moderate', input, { requestId }), {
      name: decision,
    });
    if (!sent.ok) {
      if (sent.error && decision !== 'reject') Toast.show(TOAST, { content: sent.error.message, icon: 'fail' });
      return;
    }
    const results = sent.value.results;
    const failed = results.filter((r) => !r.ok);
    setRejecting(false);
    setOutcome({
      decision,
      items: results.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.id, ok: r.ok, message: r.message })),
    });
    setSelected(failed.map((r) => r.id));
    const done = results.length - failed.length;
    Toast.show(TOAST, {
      content: failed.length
        ? `${done} 项${decisionDoneLabels[decision]}，${failed.length} 项未处理`
        : `${done} 项${decisionDoneLabels[decision]}`,
      icon: failed.length ? 'fail' : 'success',
    });
    void queues.reload();
  }

  return (
    <View id="moderation-queue">
      <QueueTabs sections={queueSections} active={sectionId} counts={counts} onSelect={chooseSection} />
      {outcome ? <ModerationResults outcome={outcome} onClose={() => setOutcome(null)} /> : null}
      {queues.status === 'loading' && !queues.data ? <LoadingView /> : null}
      {queues.status === 'error' && !queues.data ? (
        <ErrorView message={queues.error.message} onRetry={() => void queues.reload()} />
      ) : null}
      {page && items.length === 0 ? (
        <StateView
          kind="empty"
          title={`${section.label}都处理完了`}
          detail={`暂时没有${section.label}。居民新提交或举报的内容会出现在这里，回到本页时自动刷新。`}
        />
      ) : null}
      {/* 全选 ticks only what is rendered here, and every rendered card shows its body, photos and
          author: what is not loaded yet (加载更多) cannot be approved unseen. */}
      {items.length > 0 ? (
        <View className="cm-select-all">
          <CheckBox
            id="select-all"
            checked={allSelected}
            label="全选"
            onToggle={() => setSelected(allSelected ? [] : ids)}
          />
          <View className="cm-select-all__label" onClick={() => setSelected(allSelected ? [] : ids)}>
            全选（{items.length} 项）
          </View>
        </View>
      ) : null}
      {section.target === 'matter'
        ? (page?.matters ?? []).map((matter) => (
            <MatterQueueItem
              key={matter.id}
              matter={matter}
              selected={selected.includes(matter.id)}
              onToggle={() => toggle(matter.id)}
              onOpen={() => void openPage(routes.manageMatter, { id: matter.id })}
              directory={directory}
            />
          ))
        : (page?.comments ?? []).map((comment) => (
            <CommentQueueItem
              key={comment.id}
              comment={comment}
              selected={selected.includes(comment.id)}
              onToggle={() => toggle(comment.id)}
              onOpenMatter={() => void openPage(routes.manageMatter, { id: comment.matterId })}
            />
          ))}
      {page?.nextCursor ? (
        <View className="cm-more mq-tap" id="queue-more" onClick={() => void loadMore(page.nextCursor!)}>
          加载更多
        </View>
      ) : null}
      {/* Nothing to decide on: no action bar, only the empty state above. */}
      {items.length > 0 ? (
        <>
          <View className="cm-bulk-spacer" />
          <BulkBar
            decisions={section.decisions}
            selectedCount={selected.length}
            busy={submission.running as Decision | null}
            onDecide={(decision) => {
              if (decision === 'reject') {
                submission.clearError();
                setRejecting(true);
              } else void decide(decision);
            }}
          />
        </>
      ) : null}
      {rejecting ? (
        <RejectSheet
          count={selected.length}
          busy={submission.busy}
          error={submission.error}
          onSubmit={(reason) => void decide('reject', reason)}
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </View>
  );
}
