import { ApiError } from '../../../api/apiError';
import { toApiError } from '../../../hooks/useCommand';

/**
 * The server names a slot's fields `slots.0.place` (publish) or `slot.place` (edit); the form
 * shows them under `place`. A refusal without a field (capacity below the booked count, an
 * overlap found in storage) is said above the submit button, always in view.
 */
export function asSlotFormError(caught: unknown): ApiError {
  const error = toApiError(caught);
  const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^(slots\.\d+\.|slot\.)/, '') }));
  return new ApiError(error.code, error.message, issues);
}
