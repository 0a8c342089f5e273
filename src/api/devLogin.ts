import { ApiError, networkError } from './apiError';

/** Only the local host (h5, dev mode) has these routes; the weapp signs in through WeChat. */
export interface DemoIdentity {
  id: string;
  name: string;
  role: string;
  roleLabel: string;
  community: string;
  note: string;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  const envelope = await response.json();
  if (!envelope.ok) throw new ApiError(envelope.code, envelope.message);
  return envelope.data as T;
}

export async function listDemoIdentities(): Promise<DemoIdentity[]> {
  let response: Response;
  try {
    response = await fetch('/api/dev/users', { credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw new ApiError('NOT_FOUND', '本地主机未开启演示登录');
  const envelope = await response.json();
  return envelope.data.users as DemoIdentity[];
}

export function devLogin(userId: string): Promise<{ token: string }> {
  return post('/api/dev/login', { userId });
}

export function devLogout(): Promise<unknown> {
  return post('/api/dev/logout', {});
}
