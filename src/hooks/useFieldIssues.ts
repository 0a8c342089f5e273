import Taro from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldIssue } from '@domain/errors';

/** The id a form field carries so the first complaint can be scrolled to: `<prefix>-<path>`. */
export const fieldAnchor = (prefix: string, path: string) => `${prefix}-${path}`;

/**
 * What a form says next to its fields before sending, checked with the contract's schema:
 * - `showAll(issues)`: on submit, every field's issue at once, and the first scrolled into view;
 * - `recheck(issues)`: after each change, the same check again; a field that is now valid loses
 *   its complaint at once, a field still wrong keeps it (with the current wording), and fields
 *   never complained about stay quiet until the next submit.
 */
export function useFieldIssues(anchorPrefix: string) {
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [scrollTo, setScrollTo] = useState<{ path: string; tick: number } | null>(null);

  useEffect(() => {
    if (!scrollTo) return;
    // After the render that shows the complaints: WeChat and h5 both find the field by selector.
    const selector = `#${fieldAnchor(anchorPrefix, scrollTo.path)}`;
    void Promise.resolve(Taro.pageScrollTo({ selector, duration: 300 })).catch(() => undefined);
  }, [scrollTo, anchorPrefix]);

  const showAll = useCallback((all: readonly FieldIssue[]) => {
    setIssues(all);
    if (all.length) setScrollTo((previous) => ({ path: all[0].path, tick: (previous?.tick ?? 0) + 1 }));
  }, []);

  const recheck = useCallback((fresh: readonly FieldIssue[]) => {
    setIssues((shown) =>
      shown.length === 0 ? shown : fresh.filter((issue) => shown.some((old) => old.path === issue.path)),
    );
  }, []);

  return useMemo(
    () => ({
      issues,
      showAll,
      recheck,
      messageFor: (path: string) => issues.find((issue) => issue.path === path)?.message,
      anchor: (path: string) => fieldAnchor(anchorPrefix, path),
    }),
    [issues, showAll, recheck, anchorPrefix],
  );
}
