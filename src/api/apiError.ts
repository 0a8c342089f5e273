import type { ErrorCode, FieldIssue } from '@domain/errors';

/** A failed call as the pages see it: a code to branch on and a Chinese message to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one input field, if the server pointed at it. */
  fieldMessage(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

export const networkError = () => new ApiError('NETWORK', '网络不太好，请检查网络后重试');
