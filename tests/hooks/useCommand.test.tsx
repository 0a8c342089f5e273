import { act, renderHook } from '@testing-library/react';
import { Toast } from '@nutui/nutui-react-taro';
import { ApiError, networkError } from '../../src/api/apiError';
import { useCommand } from '../../src/hooks/useCommand';

jest.mock('@nutui/nutui-react-taro', () => ({ Toast: { show: jest.fn() } }));

beforeEach(() => (Toast.show as jest.Mock).mockClear());

/** A send that records the request ids it was given and fails the first `failures` times. */
function flakySend(failures: number, error: ApiError = networkError()) {
  const ids: string[] = [];
  const send = jest.fn(async (requestId: string) => {
    ids.push(requestId);
    if (ids.length <= failures) throw error;
    return { n: ids.length };
  });
  return { ids, send };
}

describe('useCommand: one intent, one request id', () => {
  it('keeps the request id when the same intent is sent again after a failure', async () => {
    const { result } = renderHook(() => useCommand());
    const { ids, send } = flakySend(1);
    await act(() => result.current.run({ matterId: 'm1' }, send));
    expect(result.current.error).toMatchObject({ code: 'NETWORK', message: '网络不可用，请检查网络后重试' });
    const second = await act(() => result.current.run({ matterId: 'm1' }, send));
    expect(second).toEqual({ ok: true, value: { n: 2 } });
    expect(ids[1]).toBe(ids[0]);
    expect(result.current.error).toBeNull();
  });

  it('renews the request id after a success and when the input changes', async () => {
    const { result } = renderHook(() => useCommand());
    const { ids, send } = flakySend(1);
    await act(() => result.current.run({ reason: '太晚了' }, send));
    await act(() => result.current.run({ reason: '太晚了，改天' }, send));
    await act(() => result.current.run({ reason: '太晚了，改天' }, send));
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('is busy while sending and sends nothing on a second tap', async () => {
    const { result } = renderHook(() => useCommand());
    let finish: (value: string) => void = () => undefined;
    const send = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    let first: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.run('x', send, { name: 'support' });
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.running).toBe('support');
    const second = await act(() => result.current.run('x', send));
    expect(second).toEqual({ ok: false, error: null });
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish('done');
      await first;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.running).toBeNull();
  });

  it('says a refusal next to its field, and a refusal found before sending the same way', async () => {
    const { result } = renderHook(() => useCommand());
    const refusal = new ApiError('BAD_INPUT', '请填写11位手机号码', [{ path: 'phone', message: '请填写11位手机号码' }]);
    await act(() => result.current.run('x', () => Promise.reject(refusal)));
    expect(result.current.fieldError('phone')).toBe('请填写11位手机号码');
    act(() => result.current.refuse('请选择原因', 'reason'));
    expect(result.current.error).toMatchObject({ code: 'BAD_INPUT', message: '请选择原因' });
    expect(result.current.fieldError('reason')).toBe('请选择原因');
    act(() => result.current.clearError());
    expect(result.current.error).toBeNull();
  });

  it('turns a bug in the page into a plain message, keeping the cause', async () => {
    const { result } = renderHook(() => useCommand());
    const bug = new TypeError('x is undefined');
    const sent = await act(() => result.current.run('x', () => Promise.reject(bug)));
    expect(sent).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: '操作失败，请重试' } });
    expect(result.current.error?.cause).toBe(bug);
  });

  it('toasts what was done, and with failures: toast, the refusal too', async () => {
    const { result } = renderHook(() => useCommand({ toast: 'page-toast', failures: 'toast' }));
    await act(() => result.current.run('a', async () => 3, { done: (n) => `已附议 ${n}` }));
    expect(Toast.show).toHaveBeenLastCalledWith('page-toast', { content: '已附议 3', icon: 'success' });
    await act(() => result.current.run('b', () => Promise.reject(networkError())));
    expect(Toast.show).toHaveBeenLastCalledWith('page-toast', {
      content: '网络不可用，请检查网络后重试',
      icon: 'fail',
    });
  });

  it('keeps refusals inline unless asked to toast them', async () => {
    const { result } = renderHook(() => useCommand({ toast: 'page-toast' }));
    await act(() => result.current.run('b', () => Promise.reject(networkError())));
    expect(Toast.show).not.toHaveBeenCalled();
    expect(result.current.error?.code).toBe('NETWORK');
  });
});
