import { z } from 'zod';
import { maskSensitiveText } from './matters/textMasking';

/**
 * The one rule that decides masking, for every string any answer carries. Each string schema an
 * answer uses declares what it holds:
 * - `free`: words a person wrote (titles, bodies, comments, reasons, minutes, places, names...).
 *   Phone, ID and plate numbers in it are masked on the way out, for every reader: the handler
 *   passes each answer through its output schema, and this schema masks as it parses. Commands
 *   that publish to the community (raise, comment) also mask before storing, so the author is told
 *   what was hidden and the content check sees the masked text; masking twice changes nothing.
 * - `contact`: a phone or an address given as contact details. Shown in full only to the owner,
 *   the assigned cadre and the committee (`canSeeContact` in masking.ts), masked by the service.
 * - `fixed`: written by the system or configuration, never free words: ids, dates, times, codes,
 *   labels, page paths, urls, place names.
 * A test walks every output schema of the contract and fails on a string that declares nothing.
 */
export type TextKind = 'free' | 'contact' | 'fixed';

export const textFields = z.registry<{ text: TextKind }>();

function declared<S extends z.ZodType>(schema: S, text: TextKind): S {
  textFields.add(schema, { text });
  return schema;
}

/** The masking every free text gets, wherever it leaves the system (answers, WeChat messages). */
export function maskFreeText(value: string): string {
  return maskSensitiveText(value).text;
}

/** Words a person wrote, masked for every reader on the way out. */
export function freeText() {
  return declared(z.string().overwrite(maskFreeText), 'free');
}

/**
 * Values of any shape that may hold someone's words (an audit entry's before and after): every
 * string inside is masked like free text.
 */
export function freeJson() {
  return declared(z.unknown().transform(maskDeep), 'free');
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskFreeText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskDeep(inner)]));
  }
  return value;
}

/** A phone or address given as contact details: masked by the service unless canSeeContact. */
export function contactText() {
  return declared(z.string(), 'contact');
}

/** Written by the system or configuration, never a person's free words. */
export function fixedText() {
  return declared(z.string(), 'fixed');
}

/** Declares an existing string schema (ids, dates) as fixed text. */
export function asFixedText<S extends z.ZodType>(schema: S): S {
  return declared(schema, 'fixed');
}

export function textKindOf(schema: z.ZodType): TextKind | undefined {
  return textFields.get(schema)?.text;
}
