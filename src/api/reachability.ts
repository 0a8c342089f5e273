import { hostReachable } from './hostReachable';
import { showOfflineToast } from './offlineToast';

/** What a tap that cannot go anywhere says, at once, instead of half-opening a page. */
export const OFFLINE_MESSAGE = '网络不可用，请稍后重试';

/**
 * Whether the last call to the server went unanswered (NETWORK or TIMEOUT). Navigation then checks
 * the way first: a page whose code is not loaded yet cannot open without the host, and opening it
 * anyway leaves the URL (or the tab bar) changed with the old page still showing.
 */
let unanswered = false;

/** The client tells of each call's fate (client.ts). */
export function noteCallAnswered(answered: boolean): void {
  unanswered = !answered;
}

/** Offline by the device's own word, or the server did not answer last time. */
export function mayBeOffline(): boolean {
  const deviceOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return deviceOffline || unanswered;
}

/** Asks whether the way to the server is open now (hostReachable: per platform). */
export async function reachableNow(): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  const reachable = await hostReachable();
  if (reachable) unanswered = false;
  return reachable;
}

/** Says the network is down, where the person is: a toast, nothing else moves. */
export function sayOffline(): void {
  showOfflineToast(OFFLINE_MESSAGE);
}
