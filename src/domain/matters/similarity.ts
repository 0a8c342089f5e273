import { activeStates, type MatterState } from './states';

/*
 * Duplicate hints while a resident types a title: "someone already raised this, support it
 * instead?". Chinese has no spaces and a segmenter is too heavy for the mini-program, so titles are
 * compared by overlapping character pairs (bigrams), which catch shared words like 停车 or 电梯
 * regardless of word order around them.
 */

/** At or above this, a title is offered as a likely duplicate. See the tests for the examples. */
export const SIMILARITY_THRESHOLD = 0.5;
export const SIMILAR_LIMIT = 5;

/** Titles this short after normalizing (e.g. 停车) say too little to call anything a duplicate. */
const MIN_COMPARABLE_LENGTH = 3;

/** Letters, digits and CJK ideographs; everything else separates words and is ignored. */
const WORD_CHAR = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD_RUN = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

function toHalfwidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return ch;
}

/** Halfwidth, lowercase, only letters/digits/ideographs: 3号楼 and ３号楼！ compare equal. */
export function normalizeTitle(title: string): string {
  return [...title]
    .map((ch) => toHalfwidth(ch).toLowerCase())
    .filter((ch) => WORD_CHAR.test(ch))
    .join('');
}

function bigrams(chars: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = chars[i] + chars[i + 1];
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character bigrams (counted with repeats), in [0, 1]. */
export function titleSimilarity(a: string, b: string): number {
  const left = [...normalizeTitle(a)];
  const right = [...normalizeTitle(b)];
  if (left.length === 0 || right.length === 0) return 0;
  // A single character has no bigram; equal single characters are still the same title.
  if (left.length < 2 || right.length < 2) return left.join('') === right.join('') ? 1 : 0;
  const leftPairs = bigrams(left);
  const rightPairs = bigrams(right);
  let shared = 0;
  for (const [pair, count] of leftPairs) shared += Math.min(count, rightPairs.get(pair) ?? 0);
  return (2 * shared) / (left.length - 1 + (right.length - 1));
}

export function findSimilarMatters<T extends { id: string; title: string; category: string; state: string }>(
  candidates: T[],
  draft: { title: string; category: string },
  options: { limit?: number; threshold?: number } = {},
): (T & { similarity: number })[] {
  const limit = options.limit ?? SIMILAR_LIMIT;
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  if ([...normalizeTitle(draft.title)].length < MIN_COMPARABLE_LENGTH) return [];
  return candidates
    .filter((c) => c.category === draft.category && activeStates.includes(c.state as MatterState))
    .filter((c) => [...normalizeTitle(c.title)].length >= MIN_COMPARABLE_LENGTH)
    .map((c) => ({ ...c, similarity: titleSimilarity(c.title, draft.title) }))
    .filter((c) => c.similarity >= threshold)
    .sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

export const MAX_SEARCH_TERMS = 5;
export const MAX_SEARCH_TERM_LENGTH = 20;

/**
 * Search box text to at most 5 terms. Anything that is not a letter, digit or ideograph splits
 * terms, so no term carries regex or query syntax. Terms are kept as typed (not normalized) because
 * they are matched against titles as stored; an over-long term is cut to 20 characters rather than
 * dropped, so a pasted sentence still finds something.
 */
export function titleSearchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const run of query.match(WORD_RUN) ?? []) {
    const term = [...run].slice(0, MAX_SEARCH_TERM_LENGTH).join('');
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}
