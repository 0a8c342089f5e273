import { z } from 'zod';
import { lazySchema } from './lazySchema';

/** Code points, not UTF-16 units: an emoji or a rare character counts as one, as a person would count. */
export function charCount(value: string): number {
  return [...value].length;
}

/**
 * A text a person types: trimmed, then between `min` and `max` characters as `charCount` counts
 * them. Every free-text field of the contract is one of these, declared once next to its concept.
 */
export function boundedText(requiredMessage: string, min: number, minMessage: string, max: number, maxMessage: string) {
  // Built at first use (lazySchema): a module declares several of these, a call uses one or two.
  return lazySchema(() =>
    z
      .string({ error: requiredMessage })
      .trim()
      .refine((v) => charCount(v) >= min, minMessage)
      .refine((v) => charCount(v) <= max, maxMessage),
  );
}
