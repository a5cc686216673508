import { expect, type Page, test } from '@playwright/test';
import { wav } from '../server/test/audio';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** Where the track page's player is, in milliseconds. */
const playerMs = (page: Page) =>
  page.locator('audio').evaluate((el) => Math.round((el as unknown as { currentTime: number }).currentTime * 1000));

test('a track uploaded from the library plays, and keeps the annotation and the region written on it', async ({
  page,
}) => {
  test.slow(); // an upload, playback and several saves
  await signInLocally(page, uniqueName('Reference'));
  await page.goto('/reference');
  await expect(page.getByRole('heading', { level: 1, name: 'Reference' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Listening prompts' })).toHaveAttribute('href', '/reference/prompts');

  // Four seconds of a 440 Hz sine at 44.1 kHz (about 350 KB), picked with the file chooser.
  await page.getByLabel('Choose files').setInputFiles({
    name: 'Sine study.wav',
    mimeType: 'audio/wav',
    buffer: wav({ seconds: 4, sampleRate: 44_100 }),
  });
  const upload = page
    .getByRole('list', { name: 'Uploads' })
    .getByRole('listitem')
    .filter({ hasText: 'Sine study.wav' });
  await expect(upload.getByText('Uploaded as “Sine study”')).toBeVisible();
  const row = page.getByRole('list', { name: 'Your tracks' }).getByRole('listitem').filter({ hasText: 'Sine study' });
  await expect(row.getByText('0:04')).toBeVisible();

  // A file that is not audio is refused with the server's reason, beside that file.
  await page.getByLabel('Choose files').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a song'),
  });
  const refused = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: 'notes.txt' });
  await expect(refused.getByRole('alert')).toBeVisible();

  await row.getByRole('link', { name: 'Sine study' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sine study' })).toBeVisible();

  // Play: the player's time moves on.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('player-time')).toContainText('playing');
  await page.getByRole('button', { name: 'Set start' }).click();
  await expect.poll(() => playerMs(page)).toBeGreaterThan(1_200);
  await page.getByRole('button', { name: 'Set end' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('player-time')).toContainText('paused');

  const regions = page.getByRole('region', { name: 'Regions' });
  await regions.getByLabel('Region name').fill('Intro');
  await regions.getByLabel('Kind').selectOption('loop');
  await regions.getByRole('button', { name: 'Add region' }).click();
  await expect(regions.getByRole('list', { name: 'Regions' }).getByText('Intro')).toBeVisible();

  const annotations = page.getByRole('region', { name: 'Annotations' });
  await annotations.getByLabel('Type').selectOption('mix');
  await annotations
    .getByRole('textbox', { name: 'Annotation' })
    .fill('The sine sits alone: no low end to compare with.');
  await annotations.getByRole('button', { name: 'Add annotation' }).click();
  await expect(
    annotations
      .getByRole('list', { name: 'Annotations' })
      .getByText('The sine sits alone: no low end to compare with.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Track details' });
  await details.getByLabel('Artist').fill('Test Tones');
  await details.getByLabel('Tags').fill('Sine, reference tone');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Test Tones')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sine study' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tags' })).toHaveText(['#sine', '#reference tone'].join(''));
  await expect(regions.getByRole('list', { name: 'Regions' }).getByText('Intro')).toBeVisible();
  await expect(regions.getByRole('button', { name: 'Loop Intro' })).toHaveAttribute('aria-pressed', 'false');
  const note = annotations.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(note).toContainText('The sine sits alone');
  await expect(note).toContainText('Mix');

  // Looping the region: playback passing its end goes back to its start, long before the track ends.
  await regions.getByRole('button', { name: 'Loop Intro' }).click();
  await expect(regions.getByRole('button', { name: 'Loop Intro' })).toHaveAttribute('aria-pressed', 'true');
  const wrapped = page.locator('audio').evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const audio = el as unknown as { currentTime: number; addEventListener: (type: string, f: () => void) => void };
        let last = audio.currentTime;
        let furthest = last;
        audio.addEventListener('timeupdate', () => {
          if (audio.currentTime < last - 0.2) resolve(furthest);
          last = audio.currentTime;
          furthest = Math.max(furthest, last);
        });
      }),
  );
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('player-time')).toContainText('looping Intro');
  expect(await wrapped).toBeLessThan(3);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Reference pages have no serious accessibility problems on a phone (${scheme})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Reference'));

    await page.goto('/reference?prompt=kick_and_bass&loop=4');
    await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
    await expect(page.getByText('Pick a track to start the listening prompt on')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Choose files').setInputFiles({
      name: 'Axe tone.wav',
      mimeType: 'audio/wav',
      buffer: wav({ seconds: 1 }),
    });
    const row = page.getByRole('list', { name: 'Your tracks' }).getByRole('listitem').filter({ hasText: 'Axe tone' });
    await expect(row).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, '/reference scrolls sideways').toBeLessThanOrEqual(0);

    await row.getByRole('link', { name: 'Axe tone' }).click();
    await expect(page).toHaveURL(/\/reference\/tracks\/[0-9a-f-]+\?prompt=kick_and_bass&loop=4$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Axe tone' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Listening prompt|Kick/ })).toBeVisible();
    await expect(page.getByText('Loop 4 bars: playing a region loops it.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const trackOverflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(trackOverflow, 'the track page scrolls sideways').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('form', { name: 'Track details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/reference');
    await page.getByRole('button', { name: 'Delete Axe tone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Axe tone?' });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete track' }).click();
    await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
  });
}
