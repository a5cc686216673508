import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiUrl, errorMessage, request } from './api-client';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function answer(response: Response | Error | DOMException) {
  const fetchMock = vi.fn(async () => {
    if (!(response instanceof Response)) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('returns the data of the envelope', async () => {
    answer(json(200, { data: { id: 'a', name: 'Ada' } }));
    await expect(api.get('/user')).resolves.toEqual({ id: 'a', name: 'Ada' });
  });

  it('returns undefined for 204 No Content', async () => {
    answer(new Response(null, { status: 204 }));
    await expect(api.delete('/user/sessions/1')).resolves.toBeUndefined();
  });

  it('sends JSON with the session cookie and builds the query string', async () => {
    const fetchMock = answer(json(200, { data: null }));
    await request('PUT', '/settings/theme', { body: { value: 'dark' }, query: { a: 1, b: undefined, c: null } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/settings/theme?a=1');
    expect(init.method).toBe('PUT');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{"value":"dark"}');
  });

  it('throws the error envelope as an ApiError with every field', async () => {
    answer(
      json(422, {
        error: {
          code: 'validation_error',
          message: 'The request is invalid.',
          details: [{ path: 'name', message: 'Too long' }],
          request_id: 'req-1',
        },
      }),
    );
    const error = await api.post('/auth/local', { name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'validation_error',
      status: 422,
      message: 'The request is invalid.',
      details: [{ path: 'name', message: 'Too long' }],
      request_id: 'req-1',
    });
  });

  it('maps a non-JSON gateway error to `unavailable` and keeps the request id header', async () => {
    answer(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'x-request-id': 'edge-7' } }));
    const error = await api.get('/today').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable', status: 502, request_id: 'edge-7', details: [] });
  });

  it('maps a 401 without a body to `unauthenticated`', async () => {
    answer(new Response('', { status: 401 }));
    await expect(api.get('/user')).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('turns a network failure into a `network` ApiError with status 0', async () => {
    answer(new TypeError('Failed to fetch'));
    await expect(api.get('/user')).rejects.toMatchObject({ name: 'ApiError', code: 'network', status: 0 });
  });

  it('lets an abort through unchanged', async () => {
    answer(new DOMException('aborted', 'AbortError'));
    await expect(api.get('/user')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a 200 answer without the data envelope', async () => {
    answer(json(200, { id: 'a' }));
    await expect(api.get('/user')).rejects.toMatchObject({ code: 'bad_response', status: 200 });
  });
});

describe('apiUrl', () => {
  it('encodes query values', () => {
    expect(apiUrl('/search', { q: 'a b&c' })).toBe('/api/search?q=a+b%26c');
  });
});

describe('errorMessage', () => {
  it('lists validation details instead of the generic message', () => {
    const error = new ApiError('validation_error', 422, 'Invalid', [
      { path: 'name', message: 'Name is required.' },
      { path: 'email', message: 'Email is not valid.' },
    ]);
    expect(errorMessage(error)).toBe('Name is required. Email is not valid.');
  });

  it('falls back for values that are not errors', () => {
    expect(errorMessage('boom')).toBe('Something went wrong.');
  });
});
