import type { ErrorDetail } from '#common/errors';

/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie, JSON in
 * and out, the `{ data }` envelope unwrapped, and every failure thrown as an ApiError.
 */

/** A failed request. `code` is the API's error code, or `network` when no answer arrived. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly request_id: string | null = null,
  ) {
    super(message);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `if-none-match` for a conditional read. */
  headers?: Record<string, string>;
  /** The browser's HTTP cache mode; `no-store` for a poll that keeps its own ETag. */
  cache?: RequestCache;
}

/** Builds `/api/...` with the defined query parameters. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

const fallbackCode = (status: number): string => {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  return 'bad_request';
};

const fallbackMessage = (status: number): string =>
  status >= 500 ? 'The server could not answer. Please try again in a moment.' : `The request failed (${status}).`;

function isErrorEnvelope(body: unknown): body is {
  error: { code: string; message: string; details?: ErrorDetail[]; request_id?: string };
} {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Turns a non-2xx response into an ApiError, whether or not it carries the JSON envelope. */
export async function toApiError(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id');
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML page or an empty body: fall back to the status.
  }
  if (isErrorEnvelope(body)) {
    const { code, message, details, request_id } = body.error;
    return new ApiError(code, response.status, message, details ?? [], request_id ?? requestId);
  }
  return new ApiError(fallbackCode(response.status), response.status, fallbackMessage(response.status), [], requestId);
}

/**
 * Sends a request and returns the raw Response when it succeeded (for downloads), or answered
 * 304 Not Modified to a conditional request (the caller reads the status).
 */
export async function fetchApi(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (options.cache) init.cache = options.cache;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (cause) {
    if ((cause as { name?: unknown } | null)?.name === 'AbortError') throw cause;
    throw new ApiError('network', 0, 'Cannot reach the server. Check your connection and try again.');
  }
  if (response.status === 304 && options.headers?.['if-none-match']) return response;
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** Sends a request and returns the `data` of the envelope (undefined for 204). */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetchApi(method, path, options);
  if (response.status === 204) return undefined as T;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  }
  if (typeof body !== 'object' || body === null || !('data' in body)) {
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  }
  return (body as { data: T }).data;
}

/** One page of a list: `{ data: [...], page: { limit, next_cursor } }`. */
export interface Page<T> {
  data: T[];
  page: { limit: number; next_cursor: string | null };
}

/** GET a paginated list and keep its `page` (the plain `get` returns only `data`). */
export async function getPage<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Page<T>> {
  const response = await fetchApi('GET', path, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Page<T>).data)) {
    throw new ApiError('bad_response', response.status, 'The server sent an answer the app cannot read.');
  }
  const page = (body as Partial<Page<T>>).page;
  return { data: (body as Page<T>).data, page: page ?? { limit: (body as Page<T>).data.length, next_cursor: null } };
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  page: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => getPage<T>(path, options),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** A short, human message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'validation_error' && error.details.length > 0) {
      return error.details.map((d) => d.message).join(' ');
    }
    return error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
