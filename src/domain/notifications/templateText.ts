import { toShanghai } from '../time';

/** WeChat's limit on `thing.*` values, counted in characters (code points), Chinese included. */
export const THING_MAX = 20;
/** WeChat's limit on `phrase.*` values: at most 5 Chinese characters. */
export const PHRASE_MAX = 5;
const ELLIPSIS = '…';

/** One line: line breaks (and the spaces around them) become one space; ends are trimmed. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function assertMax(max: number): void {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a whole number from 1: ${String(max)}`);
}

/**
 * A `thing.*` value that WeChat accepts: at most `max` characters counted by Unicode code point,
 * so an emoji (a surrogate pair) is never split. A cut value keeps `max - 1` characters and ends
 * with '…'. (Grapheme clusters such as 👨‍👩‍👧 may still lose their tail parts: WeChat counts code
 * points, not what the eye sees.)
 */
export function truncateThing(value: string, max: number = THING_MAX): string {
  assertMax(max);
  const chars = [...oneLine(value)];
  if (chars.length <= max) return chars.join('');
  return (
    chars
      .slice(0, max - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

/** A `time.*` value: `2026年12月5日 09:30` in Asia/Shanghai, whatever the server's zone. */
export function formatTimeValue(ms: number): string {
  return toShanghai(ms).format('YYYY年M月D日 HH:mm');
}

/** A `phrase.*` value (a status such as 已受理): cut to `max` characters, no ellipsis. */
export function phraseValue(value: string, max: number = PHRASE_MAX): string {
  assertMax(max);
  return [...oneLine(value)].slice(0, max).join('').trimEnd();
}
