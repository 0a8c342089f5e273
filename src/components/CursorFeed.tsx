import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ErrorView, LoadingView, StateView } from './StateView';
import type { CursorList } from './useCursorList';
import './CursorFeed.scss';

export interface CursorFeedProps<T> {
  list: CursorList<T>;
  empty: { title: string; detail?: string };
  renderItem: (item: T) => ReactNode;
  /** The list's own id, and the prefix of its foot's ids (`<prefix>-more`, `-loading`, `-end`, ...). */
  id: string;
  idPrefix: string;
}

/**
 * The items of a cursor-paginated list with its loading, empty and error screens, and at the foot
 * the state of the next page. "加载更多" is also tappable, for when the page is too short to scroll.
 */
export function CursorFeed<T>({ list, empty, renderItem, id, idPrefix }: CursorFeedProps<T>) {
  if (list.items.length === 0) {
    if (list.status === 'loading') return <LoadingView />;
    if (list.status === 'error') return <ErrorView message={list.error!.message} onRetry={() => void list.refresh()} />;
    return <StateView kind="empty" {...empty} />;
  }
  return (
    <View id={id}>
      {list.status === 'error' ? (
        <View className="mq-feed-note mq-tap" id={`${idPrefix}-refresh-error`} onClick={() => void list.refresh()}>
          刷新失败：{list.error!.message}（点此重试）
        </View>
      ) : null}
      {list.items.map(renderItem)}
      <FeedFoot list={list} idPrefix={idPrefix} />
    </View>
  );
}

function FeedFoot<T>({ list, idPrefix }: { list: CursorList<T>; idPrefix: string }) {
  // Each state has its own key and id: in weapp an element React keeps keeps its old id.
  if (list.more === 'loading') {
    return (
      <View key="loading" id={`${idPrefix}-loading`} className="mq-feed-foot mq-tap">
        正在加载…
      </View>
    );
  }
  if (list.more === 'error') {
    return (
      <View
        key="retry"
        id={`${idPrefix}-retry`}
        className="mq-feed-foot mq-feed-foot--action mq-tap"
        onClick={() => void list.loadMore()}
      >
        {list.moreError?.message ?? '加载失败'}，点此重试
      </View>
    );
  }
  if (list.nextCursor) {
    return (
      <View
        key="more"
        id={`${idPrefix}-more`}
        className="mq-feed-foot mq-feed-foot--action mq-tap"
        onClick={() => void list.loadMore()}
      >
        加载更多
      </View>
    );
  }
  return (
    <View key="end" id={`${idPrefix}-end`} className="mq-feed-foot mq-tap">
      没有更多了
    </View>
  );
}
