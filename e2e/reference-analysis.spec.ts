import { expect, test } from '@playwright/test';
import { encodeWav } from '../server/test/audio';
import { chordProgression, clickTrack } from '../server/test/music-signals';
import { signInLocally, uniqueName } from './support/session';

const RATE = 44_100;
const major = (root: number) => [root, root + 4, root + 7];

/**
 * A minute of music in D major (I IV V I, a chord a second and a half) over a click at 120 BPM,
 * stereo, at `gain`: the same song at half the gain is 6.02 dB quieter.
 */
function song(gain: number): Buffer {
  const chords = chordProgression({
    chords: [major(62), major(67), major(69), major(62)],
    secondsPerChord: 1.5,
    sampleRate: RATE,
    repeats: 10,
  });
  const { samples: clicks } = clickTrack({ bpm: 120, seconds: chords.length / RATE, sampleRate: RATE });
  const left = chords.map((x, i) => gain * (x + 0.5 * (clicks[i] ?? 0)));
  return encodeWav([left, left.slice()], RATE);
}

test('an uploaded track is analysed live, shows its loudness and key, and plays A/B against another at matched loudness', async ({
  page,
}) => {
  test.slow(); // two uploads and three analyses
  await signInLocally(page, uniqueName('Analysis'));
  await page.goto('/reference');
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'Master in D.wav', mimeType: 'audio/wav', buffer: song(0.5) },
    { name: 'Quiet mix in D.wav', mimeType: 'audio/wav', buffer: song(0.25) },
  ]);
  const tracks = page.getByRole('list', { name: 'Your tracks' });
  await expect(tracks.getByRole('listitem').filter({ hasText: 'Quiet mix in D' })).toBeVisible();
  await tracks.getByRole('link', { name: 'Master in D' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Master in D' })).toBeVisible();

  // The analysis ends on its own; the numbers come with their plain-language hints.
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await expect(analysis.getByText(/^Analysed/)).toBeVisible({ timeout: 30_000 });
  const facts = analysis.getByLabel('Analysis numbers');
  await expect(facts).toContainText('Integrated loudness');
  await expect(facts).toContainText(/−\d+(\.\d)? LUFS/);
  await expect(facts).toContainText('D major');
  await expect(facts).toContainText('120 BPM');

  // Analysed again: the page follows it live, from waiting or running to done.
  await analysis.getByRole('button', { name: 'Analyse again' }).click();
  await expect(analysis.getByText(/^(Waiting to be analysed…|Analysing…)$/)).toBeVisible();
  await expect(analysis.getByText(/^Analysed/)).toBeVisible({ timeout: 30_000 });

  // A/B against the quieter mix: the master is turned down by the difference, 6 dB.
  const ab = page.getByRole('region', { name: 'A/B comparison' });
  await ab.getByLabel('Track B').selectOption({ label: 'Quiet mix in D' });
  await expect(ab.getByTestId('ab-gains')).toContainText('Loudness-matched: A −6.0 dB, B 0.0 dB');
  await ab.getByRole('button', { name: 'Play the comparison' }).click();
  await expect(ab.getByText(/Hearing A/)).toContainText('Master in D');
  await ab.getByRole('button', { name: /Switch to B/ }).click();
  await expect(ab.getByText(/Hearing B/)).toBeVisible();
  await expect(ab.getByText(/Hearing B/)).toContainText('Quiet mix in D');
  await page.keyboard.press('x');
  await expect(ab.getByText(/Hearing A/)).toContainText('Master in D');
});
