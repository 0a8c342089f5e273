import Taro from '@tarojs/taro';
import { ApiError, NETWORK_MESSAGE, TIMEOUT_MESSAGE } from '../../src/api/apiError';
import { call, setTransport } from '../../src/api/client';
import { fetchEnvelope } from '../../src/api/http';
import { CALL_TIMEOUT_MS } from '../../src/api/timeout';
import { platformTransport } from '../../src/api/transport';

/** Every call has a time limit and a plain outcome when the network is not there (fake timers: no real waiting). */
const realFetch = global.fetch;
let fetchMock: jest.Mock;

beforeEach(() => {
  jest.useFakeTimers();
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
  setTransport(platformTransport());
});

afterEach(() => {
  jest.useRealTimers();
  global.fetch = realFetch;
  delete process.env.TARO_ENV;
});

/** The settled outcome of a promise, read after the fake clock moved on. */
function outcome<T>(promise: Promise<T>) {
  const seen: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(seen, { value, settled: true }),
    (error: unknown) => Object.assign(seen, { error, settled: true }),
  );
  return seen;
}

const neverAnswers = () => new Promise<Response>(() => undefined);
const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const answers = (body: unknown) => Promise.resolve({ json: async () => body } as Response);

describe('the fetch helper (h5)', () => {
  it('gives up after 10 s without an answer, aborts the request, and says so plainly', async () => {
    let signal: AbortSignal | undefined;
    fetchMock.mockImplementation((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return neverAnswers();
    });
    const seen = outcome(fetchEnvelope('/api/matter', { json: { action: 'list', data: {} } }));
    await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
    expect(seen.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen.error).toBeInstanceOf(ApiError);
    expect(seen.error).toMatchObject({ code: 'TIMEOUT', message: TIMEOUT_MESSAGE });
    expect((seen.error as ApiError).cause).toBeInstanceOf(Error);
    expect(signal?.aborted).toBe(true);
  });

  it('says TIMEOUT, not NETWORK, when the aborted fetch then rejects', async () => {
    fetchMock.mockImplementation(
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const seen = outcome(fetchEnvelope('/api/visit', { json: {} }));
    await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(seen.error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('turns a fetch that rejects (offline, host down) into NETWORK, keeping the cause', async () => {
    const failure = new TypeError('Failed to fetch');
    fetchMock.mockRejectedValue(failure);
    const seen = outcome(fetchEnvelope('/api/account', { json: {} }));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.error).toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE });
    expect((seen.error as ApiError).cause).toBe(failure);
  });

  it('turns an answer that is not JSON (a proxy error page) into NETWORK', async () => {
    fetchMock.mockResolvedValue({ json: async () => JSON.parse('<html>') } as unknown as Response);
    const seen = outcome(fetchEnvelope('/api/account', { json: {} }));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.error).toMatchObject({ code: 'NETWORK' });
    expect((seen.error as ApiError).cause).toBeInstanceOf(SyntaxError);
  });

  it('clears its timer once answered', async () => {
    fetchMock.mockImplementation(() => answers({ ok: true, data: { n: 1 } }));
    const seen = outcome(fetchEnvelope('/api/account', { json: {} }));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.value).toEqual({ ok: true, data: { n: 1 } });
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('a contract call', () => {
  it('retries an offline command with the same request id, then says 网络不可用', async () => {
    fetchMock.mockImplementation(offline);
    const seen = outcome(call('matter', 'support', { matterId: 'm1' }, { requestId: 'req-offline-1' }));
    await jest.advanceTimersByTimeAsync(2000);
    expect(seen.error).toMatchObject({ code: 'NETWORK', message: '网络不可用，请检查网络后重试' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const ids = fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body).requestId);
    expect(ids).toEqual(['req-offline-1', 'req-offline-1', 'req-offline-1']);
  });

  it('does not retry a call that timed out: 10 s have passed, the person decides', async () => {
    fetchMock.mockImplementation(neverAnswers);
    const seen = outcome(call('matter', 'detail', { matterId: 'm1' }));
    await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS + 5000);
    expect(seen.error).toMatchObject({ code: 'TIMEOUT' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('passes a refusal through with its code, message and field issues', async () => {
    const issues = [{ path: 'phone', message: '请填写11位手机号码' }];
    fetchMock.mockImplementation(() =>
      answers({ ok: false, code: 'BAD_INPUT', message: '请填写11位手机号码', issues }),
    );
    const seen = outcome(call('account', 'me', {}));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.error).toMatchObject({ code: 'BAD_INPUT', issues });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('the weapp transport (Taro.cloud.callFunction)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  it('races the call against the time limit (a cloud call cannot be cancelled)', async () => {
    (Taro.cloud.callFunction as jest.Mock).mockImplementation(() => new Promise(() => undefined));
    const seen = outcome(platformTransport()('matter', { action: 'detail', data: {} }));
    await jest.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(seen.error).toMatchObject({ code: 'TIMEOUT', message: TIMEOUT_MESSAGE });
  });

  it('turns a failed cloud call into NETWORK, keeping WeChat errMsg as the cause', async () => {
    const failure = { errMsg: 'cloud.callFunction:fail -404011 network error' };
    (Taro.cloud.callFunction as jest.Mock).mockRejectedValue(failure);
    const seen = outcome(platformTransport()('matter', { action: 'detail', data: {} }));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.error).toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE });
    expect((seen.error as ApiError).cause).toBe(failure);
  });

  it('answers with the function result', async () => {
    (Taro.cloud.callFunction as jest.Mock).mockResolvedValue({ result: { ok: true, data: 1 } });
    const seen = outcome(platformTransport()('matter', { action: 'detail', data: {} }));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.value).toEqual({ ok: true, data: 1 });
    expect(jest.getTimerCount()).toBe(0);
  });
});
