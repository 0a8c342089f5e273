/** Excel's limits on a sheet's name: at most 31 characters, none of these, not blank, unique. */
const MAX_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Names each sheet as asked where Excel allows it: forbidden characters dropped, cut to 31
 * characters, and a name already taken (Excel compares without case) numbered `名称 (2)`.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, index) => {
    const base =
      cutTo(
        name
          .replace(FORBIDDEN, '')
          .replace(/^'+|'+$/g, '')
          .trim(),
        MAX_NAME,
      ) || `Sheet${index + 1}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      candidate = `${cutTo(base, MAX_NAME - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** At most `max` UTF-16 units (Excel's count), never cutting a character made of two. */
export function cutTo(text: string, max: number): string {
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max) break;
    cut += char;
  }
  return cut.trim();
}
