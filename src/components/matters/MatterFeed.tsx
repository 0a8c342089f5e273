import { View } from '@tarojs/components';
import type { MatterSummary } from '../../domain/matters/views';
import { ErrorView, LoadingView, StateView } from '../StateView';
import { MatterCard } from './MatterCard';
import type { CursorList } from './useCursorList';
import './MatterFeed.scss';

interface MatterFeedProps {
  list: CursorList<MatterSummary>;
  empty: { title: string; detail?: string; actionText?: string; onAction?: () => void };
  id?: string;
}

/**
 * The matter cards of a cursor-paginated list with its loading, empty and error screens, and at the
 * foot the state of the next page. "加载更多" is also tappable, for when the page is too short to scroll.
 */
export function MatterFeed({ list, empty, id = 'matter-list' }: MatterFeedProps) {
  if (list.items.length === 0) {
    if (list.status === 'loading') return <LoadingView />;
    if (list.status === 'error') return <ErrorView message={list.error!.message} onRetry={() => void list.refresh()} />;
    return <StateView kind="empty" {...empty} />;
  }
  return (
    <View id={id}>
      {list.status === 'error' ? (
        <View className="mq-feed-note mq-tap" id="feed-refresh-error" onClick={() => void list.refresh()}>
          刷新失败：{list.error!.message}（点此重试）
        </View>
      ) : null}
      {list.items.map((matter) => (
        <MatterCard key={matter.id} matter={matter} />
      ))}
      <FeedFoot list={list} />
    </View>
  );
}

function FeedFoot({ list }: Pick<MatterFeedProps, 'list'>) {
  // Each state has its own key and id: in weapp an element React keeps keeps its old id.
  if (list.more === 'loading') {
    return (
      <View key="loading" id="feed-loading" className="mq-feed-foot mq-tap">
        正在加载…
      </View>
    );
  }
  if (list.more === 'error') {
    return (
      <View
        key="retry"
        className="mq-feed-foot mq-feed-foot--action mq-tap"
        id="feed-more-retry"
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
        className="mq-feed-foot mq-feed-foot--action mq-tap"
        id="feed-more"
        onClick={() => void list.loadMore()}
      >
        加载更多
      </View>
    );
  }
  return (
    <View key="end" id="feed-end" className="mq-feed-foot mq-tap">
      没有更多了
    </View>
  );
}
