import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`Focus has no serious accessibility problems, idle, running and asking to abandon (${scheme})`, async ({
    page,
  }) => {
    test.slow(); // several states, each analysed by axe
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Focus'));
    await page.goto('/focus');
    await expect(page.getByRole('button', { name: 'Start focus' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'History' }).getByText('No sessions yet.', { exact: false }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start focus' }).click();
    await expect(page.getByTestId('focus-status')).toHaveText('Running');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('focus-status')).toHaveText('Paused');
    await page.getByRole('button', { name: 'Abandon' }).click();
    await expect(page.getByRole('dialog', { name: 'Abandon this session?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Habits has no serious accessibility problems, empty, with habits and with its dialog (${scheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Habits'));
    await page.goto('/habits');
    await expect(page.getByRole('heading', { name: 'Start with something small' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Drink a glass of water' }).click();
    const dialog = page.getByRole('dialog', { name: 'New habit' });
    await expect(dialog.getByLabel('Name')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add habit' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'New habit' }).click();
    await page.getByRole('dialog', { name: 'New habit' }).getByLabel('Name').fill('Practise scales');
    await page.getByRole('button', { name: 'Add habit' }).click();
    await page.getByRole('button', { name: 'Mark Practise scales done' }).click();
    await expect(page.getByRole('button', { name: 'Practise scales: done today' })).toBeVisible();
    await expect(page.getByRole('region', { name: /the last year/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`Goals has no serious accessibility problems, empty and with milestones (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Axe Goals'));
    await page.goto('/goals');
    await expect(page.getByRole('heading', { name: 'What are you working towards?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New goal' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Title').fill('Finish the EP');
    await dialog.getByLabel('Target date (optional)').fill('2030-06-01');
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    await expect(dialog).toBeHidden();

    for (const step of ['Write the last track', 'Mix', 'Master']) {
      await page.getByLabel('New milestone').fill(step);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('checkbox', { name: step })).toBeVisible();
    }
    await page.getByRole('checkbox', { name: 'Write the last track' }).check();
    await expect(page.getByText('1 of 3 milestones done')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
