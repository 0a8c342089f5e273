/** Enough of SelectorQuery for NutUI's measuring (Tabs, Sticky, ...): every node measures 0. */
export function createSelectorQuery() {
  const pending: Array<(results: unknown[]) => void> = [];
  const results: unknown[] = [];
  const zeroRect = { id: '', dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 };
  const nodesRef = (all: boolean) => {
    const field = (value: unknown) => (callback?: (res: unknown) => void) => {
      const index = results.push(all ? [] : value) - 1;
      pending.push((res) => callback?.(res[index]));
      return query;
    };
    return {
      boundingClientRect: field(zeroRect),
      scrollOffset: field({ scrollLeft: 0, scrollTop: 0, scrollWidth: 0, scrollHeight: 0 }),
      fields: (_fields: unknown, callback?: (res: unknown) => void) => field({})(callback),
      node: field({ node: null }),
      context: field({ context: null }),
    };
  };
  const query = {
    in: () => query,
    select: () => nodesRef(false),
    selectAll: () => nodesRef(true),
    selectViewport: () => nodesRef(false),
    exec: (callback?: (res: unknown[]) => void) => {
      setTimeout(() => {
        pending.forEach((notify) => notify(results));
        callback?.(results);
      }, 0);
    },
  };
  return query;
}
