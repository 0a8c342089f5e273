import { ApiError } from './apiError';
import { fetchData } from './http';

/** Only the local host (h5, dev mode) has these routes; the weapp signs in through WeChat. */
export interface DemoIdentity {
  id: string;
  name: string;
  role: string;
  roleLabel: string;
  community: string;
  note: string;
}

export async function listDemoIdentities(): Promise<DemoIdentity[]> {
  try {
    return (await fetchData<{ users: DemoIdentity[] }>('/api/dev/users', { method: 'GET' })).users;
  } catch (caught) {
    if (caught instanceof ApiError && caught.unanswered) throw caught;
    throw new ApiError('NOT_FOUND', '本地主机未开启演示登录', [], { cause: caught });
  }
}

export function devLogin(userId: string): Promise<{ token: string }> {
  return fetchData('/api/dev/login', { json: { userId } });
}

export function devLogout(): Promise<unknown> {
  return fetchData('/api/dev/logout', { json: {} });
}
