import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ErrorView, LoadingView } from '../StateView';
import { HomeEntries, type HomeEntry } from './HomeEntries';
import { RefreshBar } from './RefreshBar';
import { useHomeData } from './useHomeData';

/**
 * A staff home: when it was read with a 刷新 tap, what the one call answered (or its loading and
 * error screens), then the role's tools.
 */
export function WorkbenchShell<T>({
  id,
  title,
  load,
  entries,
  children,
}: {
  id: string;
  title: string;
  load: () => Promise<T>;
  entries: readonly HomeEntry[];
  children: (data: T) => ReactNode;
}) {
  const loaded = useHomeData(load);
  return (
    <View id={id}>
      <RefreshBar
        title={title}
        updatedAt={loaded.updatedAt}
        busy={loaded.status === 'loading'}
        onRefresh={loaded.reload}
      />
      {loaded.data ? (
        children(loaded.data)
      ) : loaded.status === 'error' ? (
        <ErrorView message={loaded.error.message} onRetry={loaded.reload} />
      ) : (
        <LoadingView />
      )}
      <HomeEntries entries={entries} />
    </View>
  );
}
