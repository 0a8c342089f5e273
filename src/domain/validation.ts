import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** zod issues as Chinese field messages (schemas carry Chinese messages; see zodLocale). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Said next to the submit button when each problem is already said at its field (and scrolled to). */
export function issuesSummary(count: number): string {
  return `还有${count}处需要修改，已在上面标出`;
}
