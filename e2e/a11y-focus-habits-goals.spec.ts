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
