import { act, fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

/** Helpers for jsdom tests of web code; nothing in the app imports this folder. */

export interface HeldRequest {
  method: string;
  /** `/api/...` without the query string. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * Stubs `fetch` with an API whose answers wait until the test calls `answer()`, so "before the
 * server answers" is a fact in the test rather than a race. Each answer is computed when it is
 * released, in the order the requests were made.
 */
export function holdApi(handle: (request: HeldRequest) => Response | Promise<Response>) {
  const calls: string[] = [];
  let waiting: Array<() => void> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const [path = '', search = ''] = url.split('?');
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push(`${method} ${path}${typeof init?.body === 'string' ? ` ${init.body}` : ''}`);
      return new Promise<Response>((resolve, reject) => {
        waiting.push(() => {
          Promise.resolve(handle({ method, path, query: new URLSearchParams(search), body })).then(resolve, reject);
        });
      });
    }),
  );
  return {
    calls,
    /** How many requests are waiting for their answer. */
    pending: () => waiting.length,
    /** Answers every waiting request and lets the page settle. */
    answer: async () => {
      const now = waiting;
      waiting = [];
      await act(async () => {
        for (const release of now) release();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}

/**
 * Clicks, then runs `expectations` once the click's microtasks have run but before any timer
 * fires (timers are faked meanwhile) and before a held request is answered: what they see is what
 * the user sees at once.
 */
export async function afterClick(element: Element, expectations: () => void): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  try {
    fireEvent.click(element);
    await act(async () => {});
    expectations();
  } finally {
    act(() => {
      vi.runOnlyPendingTimers();
    });
    vi.useRealTimers();
  }
}
