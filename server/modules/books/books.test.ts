import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVER_MAX_BYTES } from '#common/contracts/books';
import { readScoped, scopeOf } from '../../platform/facts';
import { multipartForm } from '../../test/audio';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor, economy, ledgerRows } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { currentBookFact } from './index';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function call(user: TestUser, method: string, url: string, payload?: object, status?: number) {
  const res = await user.inject({ method: method as 'POST', url, payload });
  if (status !== undefined) expect(res.statusCode, res.body).toBe(status);
  return res;
}

async function addBook(user: TestUser, body: object = { title: 'Dune', total_pages: 40 }) {
  return (await call(user, 'POST', '/api/books', body, 201)).json().data.book;
}

async function logPages(user: TestUser, bookId: string, body: object) {
  return (await call(user, 'POST', `/api/books/${bookId}/sessions`, body, 201)).json().data;
}

async function expectBalanced(userId: string) {
  const e = await economy(t, userId);
  expect(e.coins).toBe(e.ledger_coins);
  expect(e.total_xp).toBe(e.ledger_xp);
  return e;
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function putCover(user: TestUser, bookId: string, content: Buffer, filename = 'cover.png', type = 'image/png') {
  const form = multipartForm(filename, content, type);
  return user.inject({
    method: 'PUT',
    url: `/api/books/${bookId}/cover`,
    payload: form.payload,
    headers: { 'content-type': form.contentType },
  });
}

describe('books and shelves', () => {
  it('adds a book to want to read and lists it on its shelf only', async () => {
    const user = await signUp(t);
    const book = await addBook(user, { title: 'Dune', author: 'Frank Herbert', total_pages: 412 });
    expect(book).toMatchObject({ status: 'want_to_read', current_page: 0, started_at: null, cover_url: null });
    const reading = await addBook(user, { title: 'Emma', status: 'reading' });
    expect(reading.started_at).not.toBeNull();

    const want = (await call(user, 'GET', '/api/books?status=want_to_read', undefined, 200)).json();
    expect(want.data.map((b: { title: string }) => b.title)).toEqual(['Dune']);
    const all = (await call(user, 'GET', '/api/books?limit=1', undefined, 200)).json();
    expect(all.data).toHaveLength(1);
    const next = await call(user, 'GET', `/api/books?limit=1&cursor=${all.page.next_cursor}`, undefined, 200);
    expect(next.json().data).toHaveLength(1);
    expect(next.json().data[0].id).not.toBe(all.data[0].id);
  });

  it('answers 404 for another user’s book, its sessions and its cover', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const book = await addBook(owner);
    const session = (await logPages(owner, book.id, { pages: 5 })).session;
    await call(other, 'GET', `/api/books/${book.id}`, undefined, 404);
    await call(other, 'PATCH', `/api/books/${book.id}`, { rating: 1 }, 404);
    await call(other, 'DELETE', `/api/books/${book.id}`, undefined, 404);
    await call(other, 'POST', `/api/books/${book.id}/sessions`, { pages: 5 }, 404);
    await call(other, 'PATCH', `/api/books/${book.id}/sessions/${session.id}`, { pages: 9 }, 404);
    await call(other, 'DELETE', `/api/books/${book.id}/sessions/${session.id}`, undefined, 404);
    await call(other, 'GET', `/api/books/${book.id}/cover`, undefined, 404);
    expect((await putCover(other, book.id, PNG)).statusCode).toBe(404);
    expect((await call(other, 'GET', '/api/books', undefined, 200)).json().data).toEqual([]);
  });

  it('refuses a current page past the last page and unknown fields with 422', async () => {
    const user = await signUp(t);
    await call(user, 'POST', '/api/books', { title: 'X', total_pages: 10, current_page: 11 }, 422);
    await call(user, 'POST', '/api/books', { title: '' }, 422);
    await call(user, 'POST', '/api/books', { title: 'X', colour: 'red' }, 422);
    const book = await addBook(user, { title: 'X', total_pages: 10 });
    await call(user, 'PATCH', `/api/books/${book.id}`, { current_page: 11 }, 422);
    await call(user, 'PATCH', `/api/books/${book.id}`, { rating: 6 }, 422);
  });
});

describe('reading sessions', () => {
  it('advances the book, starts it, and caps pages at the last page', async () => {
    const user = await signUp(t);
    const book = await addBook(user);
    const first = await logPages(user, book.id, { pages: 30, minutes: 20 });
    expect(first.book).toMatchObject({ status: 'reading', current_page: 30 });
    expect(first.session).toMatchObject({
      pages_read: 30,
      start_page: 0,
      end_page: 30,
      xp_awarded: 6,
      coins_awarded: 3,
    });
    expect(first.reward).toMatchObject({ xp: 6, coins: 3 });
    expect(first.book_complete).toBeNull();

    const last = await logPages(user, book.id, { pages: 25 });
    expect(last.session).toMatchObject({ pages_read: 10, start_page: 30, end_page: 40 });
    expect(last.book).toMatchObject({ status: 'finished', current_page: 40, progress_percent: 100 });
    expect(last.book.finished_at).not.toBeNull();
    expect(last.book_complete).toMatchObject({ xp: 50, coins: 20 });

    // Nothing left to read and no minutes: nothing to log.
    const none = await call(user, 'POST', `/api/books/${book.id}/sessions`, { pages: 3 }, 409);
    expect(none.json().error.code).toBe('nothing_read');
    const finished = (await call(user, 'GET', '/api/books?status=finished', undefined, 200)).json().data;
    expect(finished.map((b: { id: string }) => b.id)).toEqual([book.id]);
  });

  it('counts an end page from where the book stands, and minutes alone', async () => {
    const user = await signUp(t);
    const book = await addBook(user, { title: 'Long', total_pages: 300, current_page: 20 });
    const byEnd = await logPages(user, book.id, { end_page: 45 });
    expect(byEnd.session).toMatchObject({ pages_read: 25, start_page: 20, end_page: 45 });
    const minutes = await logPages(user, book.id, { minutes: 15 });
    expect(minutes.session).toMatchObject({ pages_read: 0, start_page: null, minutes: 15, xp_awarded: 1 });
    expect(minutes.book.current_page).toBe(45);
    await call(user, 'POST', `/api/books/${book.id}/sessions`, { pages: 5, end_page: 60 }, 422);
    await call(user, 'POST', `/api/books/${book.id}/sessions`, {}, 422);
  });

  it('reverses and pays again when a session is edited, and reverses when it is deleted', async () => {
    const user = await signUp(t);
    const book = await addBook(user, { title: 'Middlemarch', total_pages: 800 });
    const { session } = await logPages(user, book.id, { pages: 50 });
    const key = `reading_session:${session.id}`;

    const edited = (
      await call(user, 'PATCH', `/api/books/${book.id}/sessions/${session.id}`, { pages: 100, minutes: 30 }, 200)
    ).json().data;
    expect(edited.session).toMatchObject({
      pages_read: 100,
      end_page: 100,
      minutes: 30,
      xp_awarded: 20,
      coins_awarded: 10,
    });
    expect(edited.book.current_page).toBe(100);
    let e = await expectBalanced(user.id);
    expect(e.ledger_xp).toBe(20);
    expect(e.coins).toBe(10);
    expect((await ledgerRows(t, user.id, key)).map((r) => [r.xp, r.coins])).toEqual([[20, 10]]);

    await call(user, 'DELETE', `/api/books/${book.id}/sessions/${session.id}`, undefined, 204);
    e = await expectBalanced(user.id);
    expect(e.ledger_xp).toBe(0);
    expect(e.coins).toBe(0);
    const after = (await call(user, 'GET', `/api/books/${book.id}`, undefined, 200)).json().data;
    expect(after).toMatchObject({ current_page: 0, sessions: [] });
  });

  it('pays for finishing a book once ever: finish, reopen, finish again', async () => {
    const user = await signUp(t);
    const book = await addBook(user, { title: 'Short', total_pages: 40 });
    const done = (await call(user, 'PATCH', `/api/books/${book.id}`, { status: 'finished' }, 200)).json().data;
    expect(done.book).toMatchObject({ status: 'finished', current_page: 40 });
    expect(done.book_complete).toMatchObject({ xp: 50, coins: 20 });

    const reopened = (
      await call(user, 'PATCH', `/api/books/${book.id}`, { status: 'reading', current_page: 0 }, 200)
    ).json().data;
    expect(reopened.book).toMatchObject({ status: 'reading', finished_at: null });
    const again = await logPages(user, book.id, { pages: 40 });
    expect(again.book.status).toBe('finished');
    expect(again.book_complete).toBeNull();
    const third = (await call(user, 'PATCH', `/api/books/${book.id}`, { status: 'finished' }, 200)).json().data;
    expect(third.book_complete).toBeNull();

    expect(await ledgerRows(t, user.id, `book_complete:${book.id}`)).toHaveLength(1);
    await expectBalanced(user.id);
  });
});

describe('covers', () => {
  it('accepts an image by its content, whatever its name, and serves it back with its bytes', async () => {
    const user = await signUp(t);
    const book = await addBook(user);
    const res = await putCover(user, book.id, PNG, 'cover.txt', 'text/plain');
    expect(res.statusCode, res.body).toBe(200);
    const url: string = res.json().data.cover_url;
    expect(url).toMatch(new RegExp(`^/api/books/${book.id}/cover\\?v=`));

    const got = await call(user, 'GET', url, undefined, 200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['cache-control']).toMatch(/^private/);
    expect(Buffer.from(got.rawPayload).equals(PNG)).toBe(true);
    const etag = String(got.headers.etag);
    const again = await user.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a file that is not an image (415) or is too big (413), keeping the old cover', async () => {
    const user = await signUp(t);
    const book = await addBook(user);
    const first = (await putCover(user, book.id, PNG)).json().data.cover_url;
    const text = await putCover(user, book.id, Buffer.from('just some text, not a picture'), 'cover.png', 'image/png');
    expect(text.statusCode).toBe(415);
    const big = Buffer.concat([PNG, Buffer.alloc(COVER_MAX_BYTES)]);
    expect((await putCover(user, book.id, big)).statusCode).toBe(413);
    const kept = (await call(user, 'GET', `/api/books/${book.id}`, undefined, 200)).json().data;
    expect(kept.cover_url).toBe(first);
  });

  it('replaces the old cover, and removes it with the book', async () => {
    const user = await signUp(t);
    const book = await addBook(user);
    const first = (await putCover(user, book.id, PNG)).json().data.cover_url;
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const second = (await putCover(user, book.id, gif, 'x.gif', 'image/gif')).json().data.cover_url;
    expect(second).not.toBe(first);
    const usage = (await call(user, 'GET', '/api/blobs/usage', undefined, 200)).json().data;
    expect(usage.count).toBe(1);
    await call(user, 'DELETE', `/api/books/${book.id}`, undefined, 204);
    expect((await call(user, 'GET', '/api/blobs/usage', undefined, 200)).json().data.count).toBe(0);
  });
});

describe('GET /api/books/stats', () => {
  it('sums pages per week, the streak, this week and the yearly goal', async () => {
    const user = await signUp(t);
    await call(user, 'PUT', '/api/settings/reading_goal_yearly', { value: 12 }, 200);
    const book = await addBook(user, { title: 'A', total_pages: 40 });
    const now = t.clock.now();
    const dayMs = 86_400_000;
    await logPages(user, book.id, { pages: 10, read_at: new Date(now.getTime() - dayMs).toISOString() });
    await logPages(user, book.id, { pages: 30, minutes: 25 });
    const stats = (await call(user, 'GET', '/api/books/stats', undefined, 200)).json().data;
    expect(stats.pages_per_week).toHaveLength(12);
    expect(stats.pages_per_week.reduce((n: number, w: { pages: number }) => n + w.pages, 0)).toBe(40);
    expect(stats.streak_days).toBe(2);
    expect(stats.year).toEqual({ year: Number(stats.today.slice(0, 4)), finished: 1, goal: 12 });
    expect(stats.finished_per_year).toEqual([{ year: stats.year.year, count: 1 }]);
    expect(stats.shelves).toEqual({ want_to_read: 0, reading: 0, finished: 1, abandoned: 0 });
  });
});

describe('currentBookFact', () => {
  it('is the reading book most recently updated, or null', async () => {
    const user = await signUp(t);
    const scope = scopeOf(await ctxFor(t, user.id));
    expect(await readScoped(t.database.db, currentBookFact, scope)).toBeNull();
    const a = await addBook(user, { title: 'A', status: 'reading', total_pages: 100 });
    t.clock.advance(1000);
    await addBook(user, { title: 'B', status: 'want_to_read' });
    t.clock.advance(1000);
    await logPages(user, a.id, { pages: 7 });
    expect(await readScoped(t.database.db, currentBookFact, scope)).toEqual({
      id: a.id,
      title: 'A',
      author: null,
      current_page: 7,
      total_pages: 100,
    });
  });
});
