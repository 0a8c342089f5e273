import { z } from 'zod';

/** Code points, not UTF-16 units: an emoji or a rare character counts as one, as a person would count. */
export function charCount(value: string): number {
  return [...value].length;
}

/**
 * A text a person types: trimmed, then between `min` and `max` characters as `charCount` counts
 * them. Every free-text field of the contract is one of these, declared once next to its concept.
 */
export function boundedText(requiredMessage: string, min: number, minMessage: string, max: number, maxMessage: string) {
  return z
    .string({ error: requiredMessage })
    .trim()
    .refine((v) => charCount(v) >= min, minMessage)
    .refine((v) => charCount(v) <= max, maxMessage);
}
