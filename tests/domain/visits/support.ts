import { AppError } from '@domain/errors';

/** The AppError `fn` throws; fails the test when it throws nothing or something else. */
export function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

/** The messages a zod schema gives for `value` (undefined when it parses). */
export function messagesOf(
  schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } },
  value: unknown,
): string[] | undefined {
  return schema.safeParse(value).error?.issues.map((i) => i.message);
}
