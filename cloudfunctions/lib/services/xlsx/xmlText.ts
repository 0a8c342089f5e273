/**
 * Characters XML 1.0 does not allow anywhere, not even escaped: C0 controls other than tab, line
 * feed and carriage return, U+FFFE/U+FFFF, and halves of a surrogate pair standing alone. A
 * spreadsheet reader refuses the whole file over one of them, so they are dropped. Written with
 * \u escapes: a non-ASCII regex literal makes the function bundle non-ASCII (ADR 0006).
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything xmlText may change: most cells hold none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for an XML element or a double-quoted attribute. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_IN_XML, '').replace(/[&<>"]/g, (char) => ESCAPES[char]);
}
