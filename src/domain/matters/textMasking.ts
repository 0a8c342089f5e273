/*
 * Residents sometimes write a neighbour's phone, an ID number or a car plate into a public matter.
 * These are masked before anyone else sees the text; the author is told what was hidden.
 *
 * People who want a number to slip through split it (138 1234 5678, 138-1234-5678, 138.1234.5678,
 * 1 3 8 1 2 3 4 5 6 7 8), hide zero-width characters inside it or type fullwidth digits. So the
 * text is first normalised (NFKC, zero-width characters dropped) into a copy that remembers where
 * each character came from; the patterns run on the copy, and the matching span of the ORIGINAL text
 * is replaced: everything else the author wrote stays exactly as written.
 *
 * A number is read with one kind of separator at a time (none, spaces, dashes or dots; a mobile
 * also with them mixed) and must use all of its digits: `3-2-501 3-2-502 3-2-503` (rooms) or `2026-12-05 13:30` (a date and a
 * time) never add up to an ID or a phone, while a phone written right before a room number
 * (`13812345678 3号楼`) is still found by the pass without separators.
 *
 * The patterns avoid lookbehind on purpose: older iOS WebViews (before 16.4) reject it when the
 * file is parsed, and this file is shared with the mini-program. The characters before a match are
 * captured instead and their length skipped.
 */

export type MaskedKind = 'phone' | 'idNumber' | 'plate';

export const maskedKindLabels: Record<MaskedKind, string> = {
  phone: '手机号',
  idNumber: '身份证号',
  plate: '车牌号',
};

/** Invisible characters that only serve to break a number apart. */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/**
 * Separator kinds between digits, after NFKC (which turns fullwidth forms and U+3000 into ASCII):
 * `chars` is the class's content, `run` how many may stand between two digits.
 */
const SEPARATOR_PASSES = [
  { chars: '', run: '' },
  { chars: ' \\u00A0', run: '{1,3}' },
  { chars: '\\-\\u2010-\\u2015\\u2212', run: '{1,2}' },
  { chars: '.\\u00B7\\u2022\\u2027\\u30FB', run: '{1,2}' },
];
type SeparatorPass = (typeof SEPARATOR_PASSES)[number];

/**
 * Any of the separators above, mixed (`1 3 9-1 2 3 4-5 6 7 8`). Only for mobile numbers: eleven
 * digits starting 1[3-9] and touching no other digit are a phone however they are split, while
 * three room numbers in a row (`12-3-501 12-3-502 12-3-503`) would add up to an ID's length.
 */
const MIXED_SEPARATORS: SeparatorPass = {
  chars: SEPARATOR_PASSES.map((pass) => pass.chars).join(''),
  run: '{1,3}',
};

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const platePattern = new RegExp(`[${PROVINCES}][A-Za-z][·•・ \\-]?[0-9A-Za-z]{5,6}(?![0-9A-Za-z])`, 'g');

/** The normalised text and, for each of its UTF-16 units, the span of the original it came from. */
interface Normalised {
  text: string;
  from: number[];
  to: number[];
}

function normalise(original: string): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let position = 0;
  for (const char of original) {
    const start = position;
    position += char.length;
    if (ZERO_WIDTH.test(char)) continue;
    const normal = char.normalize('NFKC');
    for (let i = 0; i < normal.length; i += 1) {
      from.push(start);
      to.push(position);
    }
    text += normal;
  }
  return { text, from, to };
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * A number whose digits match `digitClasses` in order, each gap filled by the pass's separator,
 * whole: no digit may touch it, directly or through the same kind of separator. `country` is an
 * optional part before it that stays as written.
 */
function numberPattern(pass: SeparatorPass, digitClasses: string[], country = ''): RegExp {
  const sep = pass.chars ? `[${pass.chars}]${pass.run}` : '';
  const gap = sep ? `(?:${sep})?` : '';
  const before = sep ? `^(?:${sep})?|[^0-9${pass.chars}](?:${sep})?` : '^|[^0-9]';
  // Captures: 1 = what comes before (kept), 2 = country code (kept), 3 = the number.
  return new RegExp(`(${before})(${country})(${digitClasses.join(gap)})(?!${gap}[0-9])`, 'g');
}

const ID_18 = ['[1-9]', ...Array<string>(16).fill('[0-9]'), '[0-9Xx]'];
const ID_15 = ['[1-9]', ...Array<string>(14).fill('[0-9]')];
const MOBILE = ['1', '[3-9]', ...Array<string>(9).fill('[0-9]')];

/** Replaces each whole match of `pattern` in the working copy and blanks it there for later passes. */
function collect(
  working: string[],
  source: Normalised,
  original: string,
  pattern: RegExp,
  kind: MaskedKind,
  found: Set<MaskedKind>,
  out: Replacement[],
): void {
  const text = working.join('');
  for (const match of text.matchAll(pattern)) {
    const start = (match.index ?? 0) + match[1].length + match[2].length;
    const end = start + match[3].length;
    if (!isStillDigits(working, start, end)) continue;
    out.push({
      start: source.from[start],
      end: source.to[end - 1],
      text: maskDigits(kind, shownDigits(working, source, original, start, end)),
    });
    for (let i = start; i < end; i += 1) working[i] = '\u0000';
    found.add(kind);
  }
}

/**
 * The number's digits as the author wrote them (fullwidth stays fullwidth), one per digit. A
 * character that stands for two digits (⑬ is 13) would show more of the number than the mask
 * allows, so then the plain digits are shown instead.
 */
function shownDigits(working: string[], source: Normalised, original: string, start: number, end: number): string[] {
  const plain: string[] = [];
  const written = new Map<number, string>();
  for (let i = start; i < end; i += 1) {
    if (!/[0-9Xx]/.test(working[i])) continue;
    plain.push(working[i]);
    written.set(source.from[i], original.slice(source.from[i], source.to[i]));
  }
  return written.size === plain.length ? [...written.values()] : plain;
}

/** A span already masked by an earlier pass is never matched again. */
function isStillDigits(working: string[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (working[i] === '\u0000') return false;
  return true;
}

/** Shown as `138****5678` and `3701**********1234` (whatever the ID's length), in the author's own digits. */
function maskDigits(kind: MaskedKind, digits: string[]): string {
  if (kind === 'phone') return `${digits.slice(0, 3).join('')}****${digits.slice(-4).join('')}`;
  return `${digits.slice(0, 4).join('')}**********${digits.slice(-4).join('')}`;
}

function collectPlates(
  working: string[],
  source: Normalised,
  original: string,
  found: Set<MaskedKind>,
  out: Replacement[],
): void {
  const text = working.join('');
  for (const match of text.matchAll(platePattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!isStillDigits(working, start, end)) continue;
    const chars = (i: number) => original.slice(source.from[i], source.to[i]);
    // The separator · • ・ (escaped: a regex literal is the one place esbuild leaves non-ASCII, and
    // one such character makes Node hold a whole function bundle two bytes a character).
    const rest = match[0].slice(2).replace(/^[\u00b7\u2022\u30fb -]/, '');
    const tail = chars(end - 2) + chars(end - 1);
    out.push({
      start: source.from[start],
      end: source.to[end - 1],
      text: `${chars(start)}${chars(start + 1)}·${'*'.repeat(rest.length - 2)}${tail}`,
    });
    found.add('plate');
  }
}

/** Built once: the number patterns, IDs first, in the order they run. */
const NUMBER_PATTERNS: { kind: MaskedKind; pattern: RegExp }[] = [
  // IDs first, so the phone pattern never sees digits that belong to an ID; whole numbers first.
  ...SEPARATOR_PASSES.flatMap((pass) => [
    { kind: 'idNumber' as const, pattern: numberPattern(pass, ID_18) },
    { kind: 'idNumber' as const, pattern: numberPattern(pass, ID_15) },
  ]),
  ...[...SEPARATOR_PASSES, MIXED_SEPARATORS].map((pass) => ({
    kind: 'phone' as const,
    pattern: numberPattern(pass, MOBILE, pass.chars ? `(?:\\+?86[${pass.chars}]*)?` : '(?:\\+?86)?'),
  })),
];

/** A character that is a digit, or becomes one or two under NFKC (fullwidth, circled ⑳, super/subscript, mathematical). */
const DIGIT_LIKE = /[0-9\uFF10-\uFF19\u2070-\u2089\u2460-\u24FF\u2776-\u2793\u3220-\u325F\u3280-\u32BF\uD835]/g;
const PROVINCE = new RegExp(`[${PROVINCES}]`);

/**
 * The shortest number looked for is a mobile's 11 digits, and one character stands for at most two
 * of them (⑳ is 20), so a text with fewer than 6 digit-like characters and no province character
 * (a plate) holds nothing to mask. Most titles, comments and names are such texts ("3号楼2单元501",
 * "12月5日下午3点"): they skip the normalising and the fourteen patterns, which every answer runs
 * over each free text it carries.
 */
const MIN_DIGIT_CHARACTERS = 6;

function mightHoldNumbers(text: string): boolean {
  if (PROVINCE.test(text)) return true;
  return (text.match(DIGIT_LIKE)?.length ?? 0) >= MIN_DIGIT_CHARACTERS;
}

export function maskSensitiveText(text: string): { text: string; masked: MaskedKind[] } {
  if (!mightHoldNumbers(text)) return { text, masked: [] };
  const source = normalise(text);
  const working = source.text.split('');
  const found = new Set<MaskedKind>();
  const replacements: Replacement[] = [];
  for (const { kind, pattern } of NUMBER_PATTERNS) collect(working, source, text, pattern, kind, found, replacements);
  collectPlates(working, source, text, found, replacements);
  const order: MaskedKind[] = ['phone', 'idNumber', 'plate'];
  return { text: applyReplacements(text, replacements), masked: order.filter((k) => found.has(k)) };
}

function applyReplacements(text: string, replacements: Replacement[]): string {
  let result = '';
  let position = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < position) continue;
    result += text.slice(position, r.start) + r.text;
    position = r.end;
  }
  return result + text.slice(position);
}
