/**
 * Small, format-aware edits to our own prettier-formatted TypeScript: the scaffold registers what it
 * writes by adding lines to existing object literals and import lists. It relies on the house format
 * (one entry per line, the literal closed by `};` or `} satisfies ...` at the start of a line), and
 * says so clearly when a file no longer looks that way instead of guessing.
 */
export class ScaffoldError extends Error {}

function lineIndexOf(lines: string[], predicate: (line: string) => boolean, from = 0): number {
  for (let i = from; i < lines.length; i += 1) if (predicate(lines[i])) return i;
  return -1;
}

/**
 * Adds `entry` (one or more lines, already indented) as the last member of the object literal that
 * starts on the line containing `opening`; the literal ends at the first line that starts with
 * `closing` (for example `};` or `  };`) after it.
 */
export function appendToObjectLiteral(source: string, opening: string, entry: string, closing = '};'): string {
  const lines = source.split('\n');
  const [, end] = literalRange(lines, opening, closing);
  lines.splice(end, 0, ...entry.split('\n'));
  return lines.join('\n');
}

/** True when the object literal starting at `opening` has a top-level member (two-space indent) named `key`. */
export function hasMember(source: string, opening: string, key: string, closing = '};'): boolean {
  const lines = source.split('\n');
  const [start, end] = literalRange(lines, opening, closing);
  const member = new RegExp(`^  ['"]?${escapeRegExp(key)}['"]?\\s*[:(,]`);
  return lines.slice(start + 1, end).some((line) => member.test(line));
}

function literalRange(lines: string[], opening: string, closing: string): [number, number] {
  const start = lineIndexOf(lines, (line) => line.includes(opening));
  if (start < 0) throw new ScaffoldError(`找不到“${opening}”，请手工登记`);
  const end = lineIndexOf(lines, (line) => line.startsWith(closing), start + 1);
  if (end < 0) throw new ScaffoldError(`“${opening}”之后找不到结尾“${closing}”，请手工登记`);
  return [start, end];
}

/** Adds an import line after the last import of the file (prettier keeps the order we write). */
export function addImport(source: string, importLine: string): string {
  if (source.includes(importLine)) return source;
  const lines = source.split('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i].startsWith('import ')) last = endOfStatement(lines, i);
  }
  lines.splice(last + 1, 0, importLine);
  return lines.join('\n');
}

/** The last line of a (possibly multi-line) import statement that starts on line `start`. */
function endOfStatement(lines: string[], start: number): number {
  let i = start;
  while (i < lines.length && !/;\s*$/.test(lines[i])) i += 1;
  return i;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Makes sure `name` is among the named imports of the import from `from` (adds it, sorted, if not). */
export function ensureNamedImport(source: string, name: string, from: string): string {
  const pattern = new RegExp(`import \\{([^}]*)\\} from '${escapeRegExp(from)}';`);
  const found = pattern.exec(source);
  if (!found) return addImport(source, `import { ${name} } from '${from}';`);
  const names = found[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (names.includes(name)) return source;
  const sorted = [...names, name].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return source.replace(found[0], `import { ${sorted.join(', ')} } from '${from}';`);
}

/**
 * Adds `entry` right after the last member of the literal whose first line satisfies `isSibling`
 * (so related entries stay together), or as the last member when there is none. A member ends at
 * the first line, from its start, that closes it at member indentation (`...),` or `}),`).
 */
export function insertAfterLastSibling(
  source: string,
  opening: string,
  closing: string,
  isSibling: (line: string) => boolean,
  entry: string,
): string {
  const lines = source.split('\n');
  const [start, end] = literalRange(lines, opening, closing);
  let last = -1;
  for (let i = start + 1; i < end; i += 1) if (isSibling(lines[i])) last = i;
  if (last < 0) return appendToObjectLiteral(source, opening, entry, closing);
  let memberEnd = last;
  while (memberEnd < end && !/^ {2}(\S.*)?\),\s*$/.test(lines[memberEnd])) memberEnd += 1;
  lines.splice(memberEnd + 1, 0, ...entry.split('\n'));
  return lines.join('\n');
}
