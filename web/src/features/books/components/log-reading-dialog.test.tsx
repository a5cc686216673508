import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { LogReadingDialog } from './log-reading-dialog';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const book = { id: crypto.randomUUID(), title: 'Dune', current_page: 30, total_pages: 40 };
/** What the API answers (no reward to celebrate). */
const answer = { session: {}, book, reward: null, book_complete: null };

function renderDialog(onClose = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LogReadingDialog book={book} open onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

describe('LogReadingDialog', () => {
  it('asks for pages or minutes before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the pages you read, or the minutes.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('logs the pages read with the minutes, then closes', async () => {
    const fetch = vi.fn(async () => json({ data: answer }, 201));
    vi.stubGlobal('fetch', fetch);
    const onClose = renderDialog();
    expect(screen.getByText('You are on page 30 of 40.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Pages'), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Minutes (optional)'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/books/${book.id}/sessions`);
    expect(JSON.parse(String(init.body))).toEqual({ pages: 12, minutes: 20 });
  });

  it('sends the page reached when counting by it', async () => {
    const fetch = vi.fn(async () => json({ data: answer }, 201));
    vi.stubGlobal('fetch', fetch);
    renderDialog();
    fireEvent.click(screen.getByLabelText('Page reached'));
    fireEvent.change(screen.getByLabelText('Ended on page'), { target: { value: '38' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ end_page: 38 });
  });
});
