/** How long the check may take before the host counts as unreachable. */
const PROBE_TIMEOUT_MS = 3_000;

/**
 * h5: whether the host answers a HEAD of its page now (never from a cache: `no-store`, and the
 * service worker lets anything but GET through).
 */
export async function hostReachable(): Promise<boolean> {
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
