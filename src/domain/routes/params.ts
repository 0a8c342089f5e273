import { isValidShanghaiDate } from '../time';

/**
 * One query parameter of a page: how a link writes it and how the page reads it back. `In` is
 * what a link passes, `Out` what the page receives; a `needed` param makes a link without it a
 * type error and a URL without it a broken link. Both sides speak URL text: `write` encodes,
 * `read` decodes (the platforms hand pages their query still encoded).
 */
export interface Param<In, Out, Needed extends boolean = boolean> {
  readonly needed: Needed;
  /** The encoded URL text of a value; null leaves the parameter out of the URL. */
  write(value: In): string | null;
  /** The URL text (undefined when absent) -> the value, or `invalid` when it cannot be one. */
  read(raw: string | undefined): Out | typeof invalid;
}

/** A parameter whose text does not decode or is not a value of its kind (also: missing when needed). */
export const invalid = Symbol('invalid');

type Reader<T> = (text: string) => T | typeof invalid;

/** `%E4%` (a cut-off character) throws in decodeURIComponent: here it is just invalid. */
function decoded(raw: string): string | typeof invalid {
  try {
    return decodeURIComponent(raw);
  } catch {
    return invalid;
  }
}

const anyText: Reader<string> = (text) => (text === '' ? invalid : text);
const shanghaiDate: Reader<string> = (text) => (isValidShanghaiDate(text) ? text : invalid);

function needed<T extends string>(reader: Reader<T>): Param<T, T, true> {
  return {
    needed: true,
    write: (value) => encodeURIComponent(value),
    read: (raw) => {
      const text = raw === undefined ? invalid : decoded(raw);
      return text === invalid || text === '' ? invalid : reader(text);
    },
  };
}

function optional<T extends string>(reader: Reader<T>): Param<T | undefined, T | undefined, false> {
  return {
    needed: false,
    write: (value) => (value === undefined || value === '' ? null : encodeURIComponent(value)),
    read: (raw) => {
      const text = raw === undefined ? '' : decoded(raw);
      return text === invalid ? invalid : text === '' ? undefined : reader(text);
    },
  };
}

/** The parameter kinds the pages use. */
export const param = {
  /** An id or any other non-empty text. */
  text: () => needed(anyText),
  optionalText: () => optional(anyText),
  /** A calendar date `YYYY-MM-DD` in Asia/Shanghai. */
  date: () => needed(shanghaiDate),
  optionalDate: () => optional(shanghaiDate),
  /** One of a few words (`?tab=wechat`); an unknown word is invalid. */
  optionalChoice<const W extends string>(words: readonly W[]): Param<W | undefined, W | undefined, false> {
    return optional((text) => ((words as readonly string[]).includes(text) ? (text as W) : invalid));
  },
  /** `1` when set; absent (or anything else) reads as false. */
  flag: (): Param<boolean | undefined, boolean, false> => ({
    needed: false,
    write: (value) => (value ? '1' : null),
    read: (raw) => raw === '1',
  }),
  /** Words joined by commas, each encoded on its own; absent reads as empty. */
  list: (): Param<readonly string[] | undefined, string[], false> => ({
    needed: false,
    write: (value) => (value && value.length > 0 ? value.map(encodeURIComponent).join(',') : null),
    read: (raw) => {
      const words = (raw ?? '').split(',').filter(Boolean).map(decoded);
      return words.some((word) => word === invalid) ? invalid : (words as string[]);
    },
  }),
};
