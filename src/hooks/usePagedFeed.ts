import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { CursorList } from '../components/useCursorList';

/** A page that is one long list: pulling down reloads it, reaching the bottom loads the next page. */
export function usePagedFeed<T>(list: CursorList<T>): void {
  usePullDownRefresh(() => {
    void list.refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
}
