import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { wav } from '../server/test/audio';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

/** The track page's own player (the A/B comparison has audio elements of its own). */
const playerAudio = (page: Page) => page.getByRole('region', { name: 'Player', exact: true }).locator('audio');

/** Where the track page's player is, in milliseconds. */
const playerMs = (page: Page) =>
  playerAudio(page).evaluate((el) => Math.round((el as unknown as { currentTime: number }).currentTime * 1000));

/** A drag across the timeline from one share of its width to another. */
async function dragOnTimeline(page: Page, from: number, to: number) {
  const box = await page.getByTestId('timeline').boundingBox();
  if (!box) throw new Error('The timeline is not on screen');
  const y = box.y + box.height * 0.75; // below the regions' name labels
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

test('a track uploaded from the library with a progress bar plays, and keeps the region drawn and the annotation written on it', async ({
  page,
}) => {
  test.slow(); // an upload, playback and several saves
  await signInLocally(page, uniqueName('Reference'));
  await page.goto('/reference');
  await expect(page.getByRole('heading', { level: 1, name: 'Reference' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Listening prompts' })).toHaveAttribute('href', '/reference/prompts');

  // Ten seconds of a 440 Hz sine, stereo at 44.1 kHz (1.7 MB), sent over a slow uplink so the
  // progress bar is there to see.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 400 * 1024,
  });
  await page.getByLabel('Choose files').setInputFiles({
    name: 'Sine study.wav',
    mimeType: 'audio/wav',
    buffer: wav({ seconds: 10, sampleRate: 44_100, channels: 2 }),
  });
  const upload = page
    .getByRole('list', { name: 'Uploads' })
    .getByRole('listitem')
    .filter({ hasText: 'Sine study.wav' });
  const progress = upload.getByRole('progressbar', { name: 'Uploading Sine study.wav' });
  await expect(progress).toBeVisible();
  await expect(upload.getByText(/^[1-9]\d?% sent$/)).toBeVisible();
  await expect(upload.getByText('Uploaded as “Sine study”')).toBeVisible({ timeout: 20_000 });
  await expect(progress).toBeHidden();
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const row = page.getByRole('list', { name: 'Your tracks' }).getByRole('listitem').filter({ hasText: 'Sine study' });
  await expect(row.getByText('0:10')).toBeVisible();

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
  await expect.poll(() => playerMs(page)).toBeGreaterThan(600);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('player-time')).toContainText('paused');

  // A click on the timeline seeks there.
  const timeline = page.getByTestId('timeline');
  const box = await timeline.boundingBox();
  if (!box) throw new Error('The timeline is not on screen');
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.75);
  await expect(page.getByRole('slider', { name: 'Playback position' })).toHaveAttribute(
    'aria-valuetext',
    /^0:0[78]\.\d of 0:10$/,
  );

  // Drawing across the timeline makes a region, opened in the editor to be named.
  await dragOnTimeline(page, 0.2, 0.5);
  const regions = page.getByRole('region', { name: 'Regions' });
  const editor = regions.getByRole('form', { name: 'Edit region Region 1' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Name').fill('Intro');
  await editor.getByLabel('Kind').selectOption('loop');
  await editor.getByLabel('Notes').fill('Just the tone.');
  await editor.getByRole('button', { name: 'Save region' }).click();
  await expect(regions.getByRole('list', { name: 'Regions' }).getByText('Intro')).toBeVisible();

  // The keyboard moves it: each press shows at once, and is saved when the key is released.
  const body = page.getByRole('slider', { name: 'Intro', exact: true });
  await body.focus();
  const drawn = Number(await body.getAttribute('aria-valuenow'));
  await page.keyboard.press('Shift+ArrowRight');
  await expect(body).toHaveAttribute('aria-valuenow', String(drawn + 1000));
  const moved = await body.getAttribute('aria-valuetext');

  // An annotation over the selected region, with tags, private by default.
  const annotations = page.getByRole('region', { name: 'Annotations' });
  await annotations.getByRole('button', { name: 'Use region Intro' }).click();
  await annotations.getByLabel('Type').selectOption('mix');
  await annotations
    .getByRole('textbox', { name: 'Annotation' })
    .fill('The sine sits alone: no low end to compare with.');
  await annotations.getByLabel('Tags').fill('tone, Space');
  await annotations.getByRole('button', { name: 'Add annotation' }).click();
  const note = annotations.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(note).toContainText('The sine sits alone: no low end to compare with.');

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
  await expect(page.getByRole('slider', { name: 'Intro', exact: true })).toHaveAttribute('aria-valuetext', moved ?? '');
  await expect(regions.getByRole('button', { name: 'Loop Intro' })).toHaveAttribute('aria-pressed', 'false');
  await expect(note).toContainText('The sine sits alone');
  await expect(note).toContainText('Mix');
  await expect(note).toContainText('#tone #space');
  await expect(note).toContainText('Private');
  await expect(note.getByRole('button', { name: /^Play from / })).toHaveText(/^0:0\d–0:0\d$/);

  // Looping the region: playback passing its end goes back to its start, long before the track ends.
  await regions.getByRole('button', { name: 'Loop Intro' }).click();
  await expect(regions.getByRole('button', { name: 'Loop Intro' })).toHaveAttribute('aria-pressed', 'true');
  const wrapped = playerAudio(page).evaluate(
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
  expect(await wrapped).toBeLessThan(7);
});

test('a listening prompt started on a track opens it with its band and channel view, switchable off', async ({
  page,
}) => {
  test.slow();
  await signInLocally(page, uniqueName('Listener'));
  await page.goto('/reference');
  await page.getByRole('link', { name: 'Listening prompts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Listening prompts' })).toBeVisible();
  await page.getByRole('link', { name: 'Listening to the sides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Listening to the sides' })).toBeVisible();
  await page.getByRole('link', { name: 'Start on a track' }).click();

  await expect(page.getByText('Pick a track to start the listening prompt on')).toBeVisible();
  await page.getByLabel('Choose files').setInputFiles({
    name: 'Wide noise.wav',
    mimeType: 'audio/wav',
    buffer: wav({ seconds: 3, sampleRate: 22_050, channels: 2, kind: 'noise' }),
  });
  await page.getByRole('list', { name: 'Your tracks' }).getByRole('link', { name: 'Wide noise' }).click();
  await expect(page).toHaveURL(/\/reference\/tracks\/[0-9a-f-]+\?prompt=side_channel&band=20-200&compare=mid_side/);

  const panel = page.getByRole('region', { name: 'Listening to the sides' });
  await expect(panel.getByText('Switch between the mid and the side signal.', { exact: false })).toBeVisible();
  await expect(panel.getByText('Anything panned dead centre vanishes from the side signal.')).toBeVisible();
  const notice = panel.getByText('The side signal is quieter and thinner than the mid', { exact: false });
  await expect(notice).toBeHidden();
  await panel.getByText('What listeners usually notice').click();
  await expect(notice).toBeVisible();

  const band = panel.getByRole('button', { name: 'Focus band 20 Hz–200 Hz' });
  await expect(band).toHaveAttribute('aria-pressed', 'true');
  const views = panel.getByRole('group', { name: 'Listen to' });
  await views.getByText('Side', { exact: true }).click();
  await expect(views.getByLabel('Side')).toBeChecked();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('player-time')).toContainText('playing');
  await expect.poll(() => playerMs(page)).toBeGreaterThan(500);
  await band.click();
  await expect(band).toHaveAttribute('aria-pressed', 'false');
  await views.getByText('Stereo', { exact: true }).click();
  await expect(views.getByLabel('Stereo')).toBeChecked();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('player-time')).toContainText('paused');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the listening prompts have no serious accessibility problems on a phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Prompts'));
    await page.goto('/reference/prompts');
    await expect(page.getByRole('heading', { level: 1, name: 'Listening prompts' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, '/reference/prompts scrolls sideways').toBeLessThanOrEqual(0);
    await page.goto('/reference/prompts/side_channel');
    await expect(page.getByRole('heading', { level: 1, name: 'Listening to the sides' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the Reference pages have no serious accessibility problems on a phone (${scheme})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    // Without transitions, a list that has stopped fetching is at full contrast at once.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await signInLocally(page, uniqueName('Axe Reference'));

    await page.goto('/reference?prompt=kick_and_bass&band=30-150&loop=4');
    await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
    await expect(page.getByText('Pick a track to start the listening prompt on')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Choose files').setInputFiles({
      name: 'Axe tone.wav',
      mimeType: 'audio/wav',
      buffer: wav({ seconds: 1 }),
    });
    const row = page.getByRole('list', { name: 'Your tracks' }).getByRole('listitem').filter({ hasText: 'Axe tone' });
    // Analysed (the row gives its loudness), then read again: the list is drawn faded while it
    // is fetched, so check it at rest.
    await expect(row).toContainText('LUFS');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, '/reference scrolls sideways').toBeLessThanOrEqual(0);

    await row.getByRole('link', { name: 'Axe tone' }).click();
    await expect(page).toHaveURL(/\/reference\/tracks\/[0-9a-f-]+\?prompt=kick_and_bass&band=30-150&loop=4$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Axe tone' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Listening prompt|Kick/ })).toBeVisible();
    await expect(page.getByText('Loop 4 bars: playing a region loops it.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const trackOverflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(trackOverflow, 'the track page scrolls sideways').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('form', { name: 'Track details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A region and an annotation over it, with the region's editor open.
    const trackId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const headers = { origin: baseURL };
    const made = await page.request.post(`/api/reference/tracks/${trackId}/regions`, {
      data: { name: 'Axe region', start_ms: 200, end_ms: 700, color: '#f59e0b' },
      headers,
    });
    expect(made.ok()).toBe(true);
    await page.request.post(`/api/reference/tracks/${trackId}/annotations`, {
      data: { start_ms: 200, end_ms: 700, type: 'mix', body: 'Axe note', tags: ['axe'] },
      headers,
    });
    await page.reload();
    await page.getByRole('button', { name: 'Edit Axe region' }).click();
    await expect(page.getByRole('form', { name: 'Edit region Axe region' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Annotations' })).toContainText('Axe note');
    await page.getByRole('slider', { name: 'Axe region', exact: true }).focus();
    expect(await seriousViolations(page)).toEqual([]);
    const editorOverflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(editorOverflow, 'the track page with the region editor scrolls sideways').toBeLessThanOrEqual(0);

    await page.goto('/reference');
    await page.getByRole('button', { name: 'Delete Axe tone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Axe tone?' });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete track' }).click();
    await expect(page.getByRole('heading', { name: 'No tracks yet' })).toBeVisible();
  });
}
