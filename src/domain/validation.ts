import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** zod issues as Chinese field messages (schemas carry Chinese messages; see zodLocale). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
