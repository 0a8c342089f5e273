import type { Backend } from './render';

// Shared by the consent suites (consent.test.tsx, consentBooking.test.tsx).

/** The templates of this deployment (src/config/subscribeTemplates.json). */
export const T = {
  matterProgress: 'local-matter-progress',
  bookingResult: 'local-booking-result',
  visitReminder: 'local-visit-reminder',
  taskReminder: 'local-task-reminder',
};

/** What the server counts: how many messages of each template the user may now receive. */
export async function creditsOf(backend: Backend): Promise<Record<string, number>> {
  const envelope = await backend('notification', { action: 'credits', data: {} });
  if (!envelope.ok) throw new Error(envelope.message);
  const { credits } = envelope.data as { credits: { key: string; credits: number }[] };
  return Object.fromEntries(credits.map((c) => [c.key, c.credits]));
}
