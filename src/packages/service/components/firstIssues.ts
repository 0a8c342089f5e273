import type { FieldIssue } from '@domain/errors';

/** One complaint per field, the first, as the server would say it (zod may give several). */
export function firstPerField(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((issue, i) => issues.findIndex((other) => other.path === issue.path) === i);
}
