import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/apiError';

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorListState<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  nextCursor: string | null;
  error: ApiError | null;
  /** The state of fetching the next page, shown at the foot of the list. */
  more: 'idle' | 'loading' | 'error';
  moreError: ApiError | null;
}

/** What a page holds of a cursor list: its state and the ways to load. */
export type CursorList<T> = CursorListState<T> & {
  refresh(): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
};

const toApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('INTERNAL', '加载失败，请重试');

function initial<T>(): CursorListState<T> {
  return { status: 'loading', items: [], nextCursor: null, error: null, more: 'idle', moreError: null };
}

/**
 * A fresh first page over what was shown: the person who scrolled down to the third page, opened
 * a matter and came back finds the list as long as they left it, so the scroll position holds.
 * Items of the old list not on the new first page follow it in their old order (one that moved
 * down the first page stays in view); the next page starts where the old list ended.
 */
function withLoadedBelow<T extends { id: string }>(first: CursorPage<T>, shown: CursorListState<T>): CursorPage<T> {
  const onFirst = new Set(first.items.map((item) => item.id));
  const below = shown.items.filter((item) => !onFirst.has(item.id));
  const shownMoreThanAPage = shown.items.length > first.items.length;
  return {
    items: [...first.items, ...below],
    nextCursor: shownMoreThanAPage ? shown.nextCursor : first.nextCursor,
  };
}

/**
 * A cursor-paginated list: the first page loads whenever `deps` change (a new filter starts from an
 * empty list), `refresh` reloads it in place (pull-down), `loadMore` appends the next page (reach
 * bottom), `reload` refreshes it keeping the pages loaded below (a change seen on coming back).
 * Answers to an older request are dropped, so a slow page never overwrites a newer filter.
 */
export function useCursorList<T extends { id: string }>(
  load: (cursor?: string) => Promise<CursorPage<T>>,
  deps: readonly unknown[],
): CursorList<T> {
  const [state, setState] = useState<CursorListState<T>>(initial);
  const ticket = useRef(0);
  const loadingMore = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Loads the first page; `keepLoaded` keeps the items already shown below it. */
  const loadFirst = useCallback(async (keepLoaded: boolean) => {
    const mine = ++ticket.current;
    loadingMore.current = false;
    setState((previous) => ({ ...previous, status: 'loading', error: null }));
    try {
      const page = await loadRef.current();
      if (mine !== ticket.current) return;
      setState((previous) => ({
        status: 'ready',
        ...(keepLoaded ? withLoadedBelow(page, previous) : page),
        error: null,
        more: 'idle',
        moreError: null,
      }));
    } catch (caught) {
      if (mine === ticket.current)
        setState((previous) => ({ ...previous, status: 'error', error: toApiError(caught) }));
    }
  }, []);
  const refresh = useCallback(() => loadFirst(false), [loadFirst]);
  const reload = useCallback(() => loadFirst(true), [loadFirst]);

  useEffect(() => {
    setState(initial);
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const loadMore = useCallback(async () => {
    const { status, nextCursor } = stateRef.current;
    if (status !== 'ready' || !nextCursor || loadingMore.current) return;
    const mine = ticket.current;
    loadingMore.current = true;
    setState((previous) => ({ ...previous, more: 'loading', moreError: null }));
    try {
      const page = await loadRef.current(nextCursor);
      if (mine !== ticket.current) return;
      setState((previous) => {
        const seen = new Set(previous.items.map((item) => item.id));
        return {
          ...previous,
          items: [...previous.items, ...page.items.filter((item) => !seen.has(item.id))],
          nextCursor: page.nextCursor,
          more: 'idle',
        };
      });
    } catch (caught) {
      if (mine === ticket.current)
        setState((previous) => ({ ...previous, more: 'error', moreError: toApiError(caught) }));
    } finally {
      if (mine === ticket.current) loadingMore.current = false;
    }
  }, []);

  return { ...state, refresh, reload, loadMore };
}
