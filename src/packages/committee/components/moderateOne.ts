import { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import type { ErrorCode } from '@domain/errors';
import type { Decision } from './labels';

/**
 * One matter's moderation from its control panel. `moderate` answers per item; a refused item
 * becomes an ApiError with the server's code and Chinese message, like any other refusal.
 */
export async function moderateOne(matterId: string, decision: Decision, reason: string, requestId: string) {
  const { results } = await call(
    'matter',
    'moderate',
    { targetType: 'matter', targetIds: [matterId], decision, reason },
    { requestId },
  );
  const result = results.find((r) => r.id === matterId);
  if (!result?.ok) {
    throw new ApiError((result?.code ?? 'INTERNAL') as ErrorCode, result?.message ?? '操作失败，请重试');
  }
}
