import { View } from '@tarojs/components';
import type { CommentThread, CommentView } from '@domain/matters/views';
import type { CursorList } from '../useCursorList';
import { CommentThreads } from './CommentThreads';

/** A matter's comment threads, page by page, with their loading, error and empty states. */
export function CommentsSection({
  list,
  viewerId,
  onReply,
  onFlag,
}: {
  list: CursorList<CommentThread>;
  viewerId: string;
  onReply?: (comment: CommentView) => void;
  onFlag?: (comment: CommentView) => void;
}) {
  if (list.items.length === 0) {
    if (list.status === 'loading') return <View className="mq-muted matter-comments-state">正在加载评论…</View>;
    if (list.status === 'error') {
      return (
        <View className="matter-comments-state matter-comments-state--error mq-tap" onClick={() => void list.refresh()}>
          {list.error!.message}，点此重试
        </View>
      );
    }
    return (
      <View className="mq-muted matter-comments-state" id="comments-empty">
        还没有评论，说说您的看法吧
      </View>
    );
  }
  return (
    <View>
      <CommentThreads threads={list.items} viewerId={viewerId} onReply={onReply} onFlag={onFlag} />
      {list.nextCursor || list.more !== 'idle' ? (
        <View className="matter-comments-more mq-tap" id="comments-more" onClick={() => void list.loadMore()}>
          {list.more === 'loading' ? '正在加载…' : list.more === 'error' ? '加载失败，点此重试' : '查看更多评论'}
        </View>
      ) : null}
    </View>
  );
}
