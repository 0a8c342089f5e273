/** Calls a function on the host as a demo user (dev login), for set-up the test is not about. */
export async function callAs(hostUrl: string, userId: string, fn: string, action: string, data: unknown) {
  const login = await fetch(`${hostUrl}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const { token } = ((await login.json()) as { data: { token: string } }).data;
  const response = await fetch(`${hostUrl}/api/${fn}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      action,
      data,
      requestId: `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    }),
  });
  // The tests read answers field by field.
  return (await response.json()) as { ok: boolean; data: any };
}

/**
 * Sets the dev host's clock (null: the real time again). Attendance waits for the visit day and
 * minutes for the meeting's time: the tests move the host there instead of waiting days.
 */
export async function setHostClock(hostUrl: string, at: number | null): Promise<void> {
  const response = await fetch(`${hostUrl}/api/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at }),
  });
  if (!response.ok) throw new Error(`setting the host clock failed: ${response.status}`);
}
