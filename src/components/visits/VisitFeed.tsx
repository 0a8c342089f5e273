import { View } from '@tarojs/components';
import type { BookingView } from '../../domain/visits/views';
import type { CursorList } from '../matters/useCursorList';
import { ErrorView, LoadingView, StateView } from '../StateView';
import { MyVisitCard } from './MyVisitCard';
import './VisitFeed.scss';

interface VisitFeedProps {
  list: CursorList<BookingView>;
  empty: { title: string; detail?: string; actionText?: string; onAction?: () => void };
}

/** My visits, page by page, with the loading, empty and error screens and the state of the next page. */
export function VisitFeed({ list, empty }: VisitFeedProps) {
  if (list.items.length === 0) {
    if (list.status === 'loading') return <LoadingView />;
    if (list.status === 'error') return <ErrorView message={list.error!.message} onRetry={() => void list.refresh()} />;
    return <StateView kind="empty" {...empty} />;
  }
  return (
    <View id="my-visit-list">
      {list.status === 'error' ? (
        <View className="mq-visit-feed__note mq-tap" id="visit-feed-refresh-error" onClick={() => void list.refresh()}>
          刷新失败：{list.error!.message}（点此重试）
        </View>
      ) : null}
      {list.items.map((booking) => (
        <MyVisitCard key={booking.id} booking={booking} />
      ))}
      <FeedFoot list={list} />
    </View>
  );
}

function FeedFoot({ list }: Pick<VisitFeedProps, 'list'>) {
  // Each state has its own key and id: in weapp an element React keeps keeps its old id.
  if (list.more === 'loading') {
    return (
      <View key="loading" id="visit-feed-loading" className="mq-visit-feed__foot mq-tap">
        正在加载…
      </View>
    );
  }
  if (list.more === 'error') {
    return (
      <View
        key="retry"
        id="visit-feed-retry"
        className="mq-visit-feed__foot mq-visit-feed__foot--action mq-tap"
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
        id="visit-feed-more"
        className="mq-visit-feed__foot mq-visit-feed__foot--action mq-tap"
        onClick={() => void list.loadMore()}
      >
        加载更多
      </View>
    );
  }
  return (
    <View key="end" id="visit-feed-end" className="mq-visit-feed__foot mq-tap">
      没有更多了
    </View>
  );
}
