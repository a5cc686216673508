import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** Writes a note through its page's dialog. */
async function writeNote(page: Page, path: string, noun: string, title: string, body: string) {
  await page.goto(path);
  await page.getByRole('button', { name: `New ${noun}` }).click();
  const dialog = page.getByRole('dialog', { name: `New ${noun}` });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Note', { exact: true }).fill(body);
  await dialog.getByRole('button', { name: `Add ${noun}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('an infobase entry and an idea are found by typing in the search, with the matches marked', async ({ page }) => {
  await signInLocally(page, uniqueName('Notes'));
  await writeNote(
    page,
    '/infobase',
    'entry',
    'Vocal chain',
    'Use a **de-esser** after the compressor.\n\n<script>alert(1)</script>',
  );
  // The preview and the card render markdown, never raw HTML.
  await expect(page.locator('article strong', { hasText: 'de-esser' })).toBeVisible();
  await expect(page.locator('article script')).toHaveCount(0);

  await writeNote(page, '/ideas', 'idea', 'Compressor pumping as a rhythm', 'Sidechain the pads to the kick.');

  await page.goto('/infobase');
  const search = page.getByRole('search');
  await search.getByLabel('Search ideas, infobase and references').fill('compress');
  const results = search.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(2);
  // The idea matches in its title, so it ranks first.
  await expect(results.getByRole('link').first()).toContainText('Compressor pumping as a rhythm');
  await expect(results.locator('mark', { hasText: /^Compressor$/ })).toBeVisible();
  await expect(results.locator('mark', { hasText: /^compressor$/ })).toBeVisible();

  // A result opens its note.
  await results.getByRole('link', { name: /Vocal chain/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(dialog.getByLabel('Title')).toHaveValue('Vocal chain');
});

test('notes are pinned first, filtered by tag and archived out of the list', async ({ page }) => {
  await signInLocally(page, uniqueName('Notes List'));
  const post = async (body: unknown) => {
    const response = await page.request.post('/api/references', { data: body, headers: { origin: baseURL } });
    expect(response.ok()).toBe(true);
  };
  await post({ title: 'Older tutorial', tags: ['mixing'], url: 'https://example.com/a' });
  await post({ title: 'Newer article', tags: ['theory'] });
  await page.goto('/references');
  const headings = page.locator('article h2');
  await expect(headings).toHaveText(['Newer article', 'Older tutorial']);

  await page.getByRole('button', { name: 'Pin Older tutorial' }).click();
  await expect(headings).toHaveText(['Older tutorial', 'Newer article']);

  await page.getByRole('button', { name: 'Show the tag theory' }).click();
  await expect(headings).toHaveText(['Newer article']);
  await page.getByRole('button', { name: 'Stop showing only the tag theory' }).click();

  await page.getByRole('button', { name: 'Archive Newer article' }).click();
  await expect(headings).toHaveText(['Older tutorial']);
  await page.getByText('Archive', { exact: true }).click();
  await expect(headings).toHaveText(['Newer article']);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Ideas, Infobase and References have no serious accessibility problems (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Notes'));
    for (const path of ['/ideas', '/references']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: /^Add / })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
    const response = await page.request.post('/api/infobase', {
      data: { title: 'Gain staging', body: 'Keep peaks near **-6 dB**.', category: 'mixing', tags: ['levels'] },
      headers: { origin: baseURL },
    });
    expect(response.ok()).toBe(true);
    await page.goto('/infobase');
    await page.getByRole('search').getByLabel('Search ideas, infobase and references').fill('gain');
    await expect(page.getByRole('search').locator('mark').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit Gain staging' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit entry' });
    await dialog.getByRole('tab', { name: 'Preview' }).click();
    await expect(dialog.locator('strong', { hasText: '-6 dB' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the notes pages fit a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page, uniqueName('Phone Notes'));
  await page.request.post('/api/references', {
    data: { title: 'A rather long reference title that wraps', url: `https://example.com/${'long-path/'.repeat(12)}` },
    headers: { origin: baseURL },
  });
  for (const path of ['/infobase', '/references']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
