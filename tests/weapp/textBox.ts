import type { MiniPage } from './harness';

/** The rendered tree as miniprogram-simulate gives it, children included. */
interface NodeJson {
  tagName: string;
  attrs: { name: string; value: unknown }[];
  children?: (NodeJson | string)[];
}

const FIELD_TAGS = ['wx-textarea', 'wx-input'];

function fieldId(json: NodeJson): string | undefined {
  if (FIELD_TAGS.includes(json.tagName)) return String(json.attrs.find((attr) => attr.name === 'id')?.value);
  for (const child of json.children ?? []) {
    const found = typeof child === 'string' ? undefined : fieldId(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Types into a TextBox (src/components/staff/TextBox.tsx): its id is on the wrapper; the
 * textarea or input NutUI draws inside gets a generated id, found here through the tree.
 */
export function typeInto(p: MiniPage, id: string, value: string): void {
  const found = fieldId(p.get(id).toJSON() as unknown as NodeJson);
  if (!found) throw new Error(`no input or textarea in #${id}`);
  p.get(found).dispatchEvent('input', { detail: { value } });
}
