import { expect, test } from '@playwright/test';
import { checkPage, seriousViolations } from './support/axe';
import { post } from './support/market';
import { signInLocally, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`the Exercise pages have no serious accessibility problems at phone width (${scheme})`, async ({ page }) => {
    test.slow(); // ten pages and two dialogs, each analysed by axe
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Exercise'));

    // Something on every page: an exercise of one's own, a template, a program, a finished workout.
    const press = await post(page, '/api/exercise/exercises', {
      name: 'Floor press',
      description: 'A press from the floor.',
      instructions: 'Lie on the floor.\nPress the weights up.\nLower them slowly.',
      safety_note: 'Keep your wrists straight.',
      primary_muscles: ['chest', 'triceps'],
      equipment: ['dumbbell'],
      category: 'strength',
    });
    const workout = await post(page, '/api/exercise/workouts', {
      name: 'Push day',
      exercises: [{ exercise_id: press.id, target_sets: 3, target_reps: 8, target_weight: 30, rest_seconds: 60 }],
    });
    const program = await post(page, '/api/exercise/programs', {
      name: 'Four weeks',
      weeks: [
        { days: [{ day_of_week: 1, workout_id: workout.id }] },
        { days: [{ day_of_week: 3, workout_id: workout.id }] },
      ],
    });
    await post(page, `/api/exercise/programs/${program.id}/activate`);
    const done = await post(page, '/api/exercise/sessions', { workout_id: workout.id });
    await post(page, `/api/exercise/sessions/${done.id}/sets`, { exercise_id: press.id, weight: 30, reps: 8 });
    await post(page, `/api/exercise/sessions/${done.id}/finish`, { rating: 4 });

    await checkPage(page, '/exercise', async (p) => {
      await expect(p.getByRole('region', { name: 'History' }).getByText('Push day')).toBeVisible();
    });
    // The built-in catalogue comes first by name; a search finds one's own among it.
    await checkPage(page, '/exercise/library?q=floor%20press', async (p) => {
      await expect(p.getByRole('button', { name: /Floor press/ })).toBeVisible();
    });
    await page.getByRole('button', { name: /Floor press/ }).click();
    await expect(
      page.getByRole('dialog', { name: 'Floor press' }).getByText('Keep your wrists straight.'),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await checkPage(page, '/exercise/templates', async (p) => {
      await expect(p.getByRole('button', { name: 'Start Push day' })).toBeVisible();
    });
    await checkPage(page, `/exercise/templates/${workout.id}`, async (p) => {
      await expect(p.getByLabel('Floor press sets')).toHaveValue('3');
    });
    await checkPage(page, '/exercise/records', async (p) => {
      await expect(p.getByRole('region', { name: 'Floor press' })).toBeVisible();
    });
    await checkPage(page, '/exercise/programs', async (p) => {
      await expect(p.getByText('Four weeks')).toBeVisible();
    });
    await checkPage(page, `/exercise/programs/${program.id}`, async (p) => {
      await expect(p.getByRole('region', { name: 'Week 2' })).toBeVisible();
    });
    await checkPage(page, '/exercise/stats', async (p) => {
      await expect(p.getByRole('region', { name: 'Weekly volume' })).toBeVisible();
    });
    await checkPage(page, `/exercise/sessions/${done.id}`, async (p) => {
      await expect(p.getByTestId('pr-badge').first()).toBeVisible();
    });

    // The live session with a set logged and the rest running, then the finish dialog.
    const live = await post(page, '/api/exercise/sessions', { workout_id: workout.id });
    await checkPage(page, '/exercise/session', async (p) => {
      await expect(p.getByRole('heading', { level: 1, name: 'Push day' })).toBeVisible();
    });
    await page.getByRole('button', { name: 'Log set of Floor press' }).click();
    await expect(page.getByTestId('rest-countdown')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Finish workout' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await post(page, `/api/exercise/sessions/${live.id}/abandon`);

    // The units choice on Settings.
    await checkPage(page, '/settings', async (p) => {
      await expect(p.getByRole('radio', { name: 'Pounds (lb)' })).toBeAttached();
    });
  });
}
