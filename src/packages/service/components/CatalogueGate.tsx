import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { call } from '../../../api/client';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';

export type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

const loadCatalogue = () => call('service', 'catalogue', {});

/**
 * The community's menu, stations and my 双报到 state (one `catalogue` call), with its loading and
 * error screens; pulling down reads it again. The catalogue, the order form and the report form
 * all start from it.
 */
export function CatalogueGate({ children }: { children: (catalogue: Catalogue) => ReactNode }) {
  const loaded = useAsync(loadCatalogue, []);
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (loaded.data) return <>{children(loaded.data)}</>;
  if (loaded.status === 'error')
    return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
  return <LoadingView />;
}
