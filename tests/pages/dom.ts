import { fireEvent, waitFor } from '@testing-library/react';

/** The element, or a throw: `waitFor` retries only on a throw. */
export function $(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`${selector} is not on the page`);
  return element;
}

export const text = (selector: string) => $(selector).textContent ?? '';

export const click = (selector: string) => fireEvent.click($(selector));

/** Waits until the element is on the page (pages load from the real services asynchronously). */
export const appears = (selector: string, timeout = 2000) => waitFor(() => $(selector), { timeout });

/** The input or textarea of a Taro field (by the field's id, or its own). */
function fieldOf(id: string): HTMLInputElement {
  const field = document.querySelector(`#${id} input, #${id} textarea, input#${id}, textarea#${id}`);
  if (!field) throw new Error(`no input or textarea at #${id}`);
  return field as HTMLInputElement;
}

/** Types into a Taro input or textarea as a person would (change, then input). */
export function typeInto(id: string, value: string): void {
  const field = fieldOf(id);
  fireEvent.change(field, { target: { value } });
  fireEvent.input(field, { target: { value } });
}

/** What a Taro input or textarea holds now. */
export const valueOf = (id: string) => fieldOf(id).value;
