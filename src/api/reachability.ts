import Taro from '@tarojs/taro';

/** What a tap that cannot go anywhere says, at once, instead of half-opening a page. */
export const OFFLINE_MESSAGE = '网络不可用，请稍后重试';

/** How long the h5 check of the host may take before the host counts as unreachable. */
const PROBE_TIMEOUT_MS = 3_000;

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

/**
 * Asks whether the way to the server is open now. h5: the host answers a HEAD of its page
 * (never from a cache: the service worker lets it through). weapp: WeChat has a network
 * (a subpackage download needs one).
 */
export async function reachableNow(): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  const reachable = process.env.TARO_ENV === 'weapp' ? await wechatHasNetwork() : await hostAnswers();
  if (reachable) unanswered = false;
  return reachable;
}

async function wechatHasNetwork(): Promise<boolean> {
  try {
    const { networkType } = await Taro.getNetworkType();
    return networkType !== 'none';
  } catch {
    return false;
  }
}

async function hostAnswers(): Promise<boolean> {
  if (typeof fetch !== 'function') return true;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    await fetch('/', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Says the network is down, where the person is: a toast, nothing else moves. */
export function sayOffline(): void {
  void Promise.resolve(Taro.showToast({ title: OFFLINE_MESSAGE, icon: 'none', duration: 2500 })).catch(() => undefined);
}
