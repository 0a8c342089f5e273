import { useCallback, useRef } from 'react';
import { newRequestId } from '../../api/requestId';

/**
 * One request id per user intent. `idFor(key)` returns the same id while the key (what is being
 * submitted) is unchanged and not yet settled, so tapping again after a failure retries the same
 * intent; a changed input or a settled one gets a fresh id.
 */
export function useIntentId() {
  const current = useRef<{ key: string; id: string } | null>(null);
  const idFor = useCallback((key: string) => {
    if (!current.current || current.current.key !== key) current.current = { key, id: newRequestId() };
    return current.current.id;
  }, []);
  const settle = useCallback(() => {
    current.current = null;
  }, []);
  return { idFor, settle };
}
