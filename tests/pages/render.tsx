import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { setTransport } from '../../src/api/client';
import type { CallEvent } from '../../src/api/transport';
import type { Envelope } from '@domain/envelope';
import { SessionProvider } from '../../src/state/session';

export type Backend = (fn: string, event: CallEvent) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** Renders a page inside the app's session provider, over a fake backend behind the api port. */
export function renderPage(page: ReactElement, backend: Backend) {
  const calls: { fn: string; event: CallEvent }[] = [];
  setTransport(async (fn, event) => {
    calls.push({ fn, event });
    return backend(fn, event);
  });
  return { ...render(<SessionProvider>{page}</SessionProvider>), calls };
}
