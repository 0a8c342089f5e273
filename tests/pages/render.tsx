import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { setTransport } from '../../src/api/client';
import type { CallEvent } from '../../src/api/transport';
import type { Envelope } from '@domain/envelope';
import { SessionProvider } from '../../src/state/session';
import { untilQuiet, type Traffic } from '../support/settle';

export type Backend = (fn: string, event: CallEvent) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** The calls of the page rendered last. */
const traffic: Traffic = { made: 0, pending: 0 };

/** Renders a page inside the app's session provider, over a fake backend behind the api port. */
export function renderPage(page: ReactElement, backend: Backend) {
  const calls: { fn: string; event: CallEvent }[] = [];
  Object.assign(traffic, { made: 0, pending: 0 });
  setTransport(async (fn, event) => {
    calls.push({ fn, event });
    traffic.made += 1;
    traffic.pending += 1;
    try {
      return await backend(fn, event);
    } finally {
      traffic.pending -= 1;
    }
  });
  return { ...render(<SessionProvider>{page}</SessionProvider>), calls };
}

/** Lets the page finish what it started, before asserting that something did not happen (support/settle.ts). */
export function settle(): Promise<void> {
  return untilQuiet(
    () => traffic,
    () => `page text: ${document.body.textContent ?? ''}`,
  );
}
