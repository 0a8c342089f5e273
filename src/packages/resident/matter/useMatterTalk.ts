import { useState, type Dispatch, type SetStateAction } from 'react';
import { call } from '../../../api/client';
import { isMaskedKind } from '../../../components/matters/RaiseNotice';
import { useCursorList } from '../../../components/useCursorList';
import { maskedKindLabels } from '@domain/matters/textMasking';
import type { OutputOf } from '@domain/contract';
import type { matterContract } from '@domain/contract/matter';
import type { CommentView, MatterDetail } from '@domain/matters/views';
import { useCommand } from '../../../hooks/useCommand';
import { actOnMatter } from './useMatterCommands';

/** One page of comment threads, as `matter.comments` (and the detail) answer it. */
export type CommentsPage = OutputOf<typeof matterContract.comments>;

/** The same size as the page the detail brings. */
const COMMENTS_PAGE = 20;

export interface FlagTarget {
  type: 'matter' | 'comment';
  id: string;
}

/** What the author of a comment is told about it: waiting for review, numbers hidden. */
function commentNoteOf(result: { moderation: string; maskedKinds: string[] }): string {
  const masked = result.maskedKinds.filter(isMaskedKind).map((kind) => maskedKindLabels[kind]);
  return [
    result.moderation === 'published' ? '' : '评论已提交，审核通过后其他人才能看到。',
    masked.length ? `为保护隐私，评论里的${masked.join('、')}已自动隐藏。` : '',
  ].join('');
}

/**
 * Talking about a matter: its comments (paged), writing one or a reply, and reporting the matter
 * or a comment to the committee.
 */
export function useMatterTalk(
  matterId: string,
  setMatter: Dispatch<SetStateAction<MatterDetail | null>>,
  toast: string,
  /** The first page when it came with the detail (then asked for no more), else null. */
  firstPageWithDetail: () => Promise<CommentsPage> | null,
) {
  const comments = useCursorList(
    (cursor) =>
      (!cursor && firstPageWithDetail()) ||
      call('matter', 'comments', { matterId, limit: COMMENTS_PAGE, ...(cursor ? { cursor } : {}) }),
    [matterId],
  );
  const [replyTo, setReplyTo] = useState<CommentView | null>(null);
  const [commentNote, setCommentNote] = useState('');
  const [flagging, setFlagging] = useState<FlagTarget | null>(null);
  const commenting = useCommand({ toast });
  const reporting = useCommand({ toast });

  async function sendComment(body: string, parentId: string | null) {
    const input = { matterId, body, parentId };
    const sent = await actOnMatter(commenting, input, (requestId) => call('matter', 'comment', input, { requestId }), {
      done: (result) => (result.moderation === 'published' ? '已发表' : '已提交，审核后显示'),
    });
    if (!sent.ok) return sent;
    setCommentNote(commentNoteOf(sent.value));
    if (sent.value.moderation === 'published') setMatter((m) => m && { ...m, commentCount: m.commentCount + 1 });
    setReplyTo(null);
    void comments.refresh();
    return sent;
  }

  /** A new report starts clean: what went wrong with the last one is not this one's problem. */
  function startFlag(target: FlagTarget) {
    reporting.clearError();
    setFlagging(target);
  }

  async function sendFlag(reason: string) {
    const input = { targetType: flagging!.type, targetId: flagging!.id, reason };
    const sent = await actOnMatter(reporting, input, (requestId) => call('matter', 'flag', input, { requestId }), {
      done: '已收到举报，居委会会尽快核实',
    });
    if (sent.ok) setFlagging(null);
    return sent;
  }

  return {
    comments,
    replyTo,
    setReplyTo,
    commentNote,
    commenting,
    sendComment,
    flagging,
    startFlag,
    stopFlag: () => setFlagging(null),
    reporting,
    sendFlag,
  };
}
