import { expect, type Page, test } from '@playwright/test';
import { wav } from '../server/test/audio';
import { signInLocally, uniqueName } from './support/session';

const audioPaused = (page: Page) =>
  page.getByTestId('focus-music-audio').evaluate((el) => (el as unknown as { paused: boolean }).paused);
const audioTime = (page: Page) =>
  page.getByTestId('focus-music-audio').evaluate((el) => (el as unknown as { currentTime: number }).currentTime);

test('a focus session plays the chosen music library, and pausing the session pauses the music', async ({ page }) => {
  test.slow(); // an upload, then playback
  await signInLocally(page, uniqueName('Music'));
  await page.goto('/reference');
  await page.getByLabel('Choose files').setInputFiles({
    name: 'Hum.wav',
    mimeType: 'audio/wav',
    buffer: wav({ seconds: 4, sampleRate: 44_100 }),
  });
  await expect(page.getByText('Uploaded as “Hum”')).toBeVisible();

  await page.goto('/focus');
  const music = page.getByRole('region', { name: 'Focus music' });
  await music.getByLabel('New library name').fill('Drone');
  await music.getByRole('button', { name: 'Create library' }).click();
  const editor = music.getByRole('region', { name: 'Drone' });
  await expect(editor.getByLabel('Track to add')).toHaveValue(/.+/);
  await editor.getByRole('button', { name: 'Add track' }).click();
  await expect(editor.getByRole('list', { name: 'Tracks in this library' }).getByText('Hum')).toBeVisible();
  await music.getByRole('radio', { name: /Drone/ }).check();

  await page.getByRole('button', { name: 'Start focus' }).click();
  const player = music.getByRole('region', { name: 'Music player' });
  await expect(player.getByText('Hum')).toBeVisible();
  await expect.poll(() => audioPaused(page)).toBe(false);
  await expect.poll(() => audioTime(page)).toBeGreaterThan(0.3);

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByTestId('focus-status')).toHaveText('Paused');
  await expect.poll(() => audioPaused(page)).toBe(true);

  await page.getByRole('button', { name: 'Abandon' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Abandon session' }).click();
  await expect(player).toBeHidden();
});
