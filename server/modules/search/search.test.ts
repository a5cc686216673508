import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '#common/contracts/notes';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function write(user: TestUser, section: string, payload: Record<string, unknown>) {
  const res = await user.inject({ method: 'POST', url: `/api/${section}`, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: string };
}

async function search(user: TestUser, query: string): Promise<SearchHit[]> {
  const res = await user.inject({ method: 'GET', url: `/api/search?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
const marked = (h: { text: string; highlights: [number, number][] }) =>
  h.highlights.map(([s, e]) => h.text.slice(s, e));

describe('GET /api/search', () => {
  it('finds words across ideas, infobase entries and references, with the kind and id of each', async () => {
    const user = await signUp(t);
    const idea = await write(user, 'ideas', { title: 'Album artwork', body: 'A marimba on the cover' });
    const entry = await write(user, 'infobase', { title: 'Tuning', body: 'The marimba is tuned in 442 Hz' });
    const ref = await write(user, 'references', { title: 'Marimba samples', url: 'https://example.com' });
    await write(user, 'ideas', { title: 'Unrelated', body: 'Guitar' });
    const hits = await search(user, q('marimba'));
    expect(hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual(
      [`idea:${idea.id}`, `infobase:${entry.id}`, `reference:${ref.id}`].sort(),
    );
    const only = await search(user, q('marimba', '&kinds=idea,reference'));
    expect(only.map((h) => h.kind).sort()).toEqual(['idea', 'reference']);
  });

  it('ranks a title match above a body match', async () => {
    const user = await signUp(t);
    await write(user, 'infobase', { title: 'Compression basics', body: 'About the kalimba and other things' });
    await write(user, 'ideas', { title: 'Kalimba loop', body: 'Short and sweet' });
    const hits = await search(user, q('kalimba'));
    expect(hits.map((h) => h.title.text)).toEqual(['Kalimba loop', 'Compression basics']);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
  });

  it('marks the matches in the title and the snippet by offsets, stemmed words included', async () => {
    const user = await signUp(t);
    await write(user, 'infobase', {
      title: 'Recording vocals',
      body: 'Before anything else, warm up. When recording, keep the <b>gain</b> low and record twice.',
    });
    const [hit] = await search(user, q('record'));
    expect(marked(hit!.title)).toEqual(['Recording']);
    // PostgreSQL's parser reads tags as markup and leaves them out of a headline.
    expect(hit!.snippet.text).not.toContain('<b>');
    expect(marked(hit!.snippet)).toEqual(['recording', 'record']);
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    const user = await signUp(t);
    await write(user, 'infobase', { title: 'Oscillator drift', body: 'Analog warmth' });
    expect((await search(user, q('oscil'))).map((h) => h.title.text)).toEqual(['Oscillator drift']);
    expect((await search(user, q('analog oscil'))).map((h) => h.title.text)).toEqual(['Oscillator drift']);
    expect(await search(user, q('digital oscil'))).toEqual([]);
  });

  it("finds only the user's own notes", async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    await write(owner, 'ideas', { title: 'Secret theremin plan' });
    expect(await search(other, q('theremin'))).toEqual([]);
    expect(await search(owner, q('theremin'))).toHaveLength(1);
  });

  it('leaves archived notes out unless asked for', async () => {
    const user = await signUp(t);
    const n = await write(user, 'references', { title: 'Old vocoder manual' });
    await user.inject({ method: 'PATCH', url: `/api/references/${n.id}`, payload: { archived: true } });
    expect(await search(user, q('vocoder'))).toEqual([]);
    const hits = await search(user, q('vocoder', '&archived=true'));
    expect(hits.map((h) => [h.id, h.archived])).toEqual([[n.id, true]]);
  });

  it('answers any typed text without failing, and an empty query or control characters with 400', async () => {
    const user = await signUp(t);
    await write(user, 'infobase', { title: "Don't panic: a & b | c", body: 'x:* !(' });
    const odd = [
      '"',
      "'",
      '!',
      '&&',
      '|',
      'a:*',
      '(',
      ')',
      '-',
      'or',
      'the',
      '\\',
      '"unterminated phrase',
      "don't",
      '<script>',
      '🎹',
      'ß',
      'x'.repeat(200),
      'foo -bar or "baz qux"',
      '%',
      "'; drop table ideas; --",
    ];
    for (const text of odd) {
      const res = await user.inject({ method: 'GET', url: `/api/search?${q(text)}` });
      expect(res.statusCode, text).toBe(200);
    }
    // Empty, too long, or not text (SPEC §2: control characters are refused).
    const refused = [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=%20%20',
      `/api/search?${q('x'.repeat(201))}`,
      `/api/search?${q('\u0001\u0002')}`,
      '/api/search?q=a%00',
    ];
    for (const url of refused) {
      const res = await user.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect(res.json().error.details[0].path).toBe('querystring.q');
    }
    expect((await user.inject({ method: 'GET', url: `/api/search?${q('a', '&kinds=books')}` })).statusCode).toBe(400);
  });

  it('keeps to the limit across kinds, the best first', async () => {
    const user = await signUp(t);
    for (const section of ['ideas', 'infobase', 'references']) {
      await write(user, section, { title: `Banjo ${section}` });
      await write(user, section, { title: 'Other', body: `banjo in the body of ${section}` });
    }
    const hits = await search(user, q('banjo', '&limit=4'));
    expect(hits).toHaveLength(4);
    expect(hits.slice(0, 3).every((h) => h.title.text.startsWith('Banjo'))).toBe(true);
  });
});
