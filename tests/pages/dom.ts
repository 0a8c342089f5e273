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
