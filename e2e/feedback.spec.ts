import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { signInLocally, uniqueName } from './support/session';

for (const scheme of ['light', 'dark'] as const) {
  test(`feedback is sent from its page and listed with its status, without serious accessibility problems (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signInLocally(page, uniqueName('Fay'));
    await page.goto('/feedback');
    await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
    await expect(page.getByText('Nothing sent yet.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The message is required.
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Write a message first.' })).toBeVisible();

    // The kind's radios are visually hidden; their labels are what a user presses.
    await page
      .locator('label')
      .filter({ hasText: /^Idea$/ })
      .click();
    await expect(page.getByRole('radio', { name: 'Idea' })).toBeChecked();
    await page.getByLabel('Title (optional)').fill('A metronome in Focus');
    await page.getByLabel('Message').fill('A click track while I focus on practice would help.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    const list = page.getByRole('list', { name: 'Your feedback' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByText('A metronome in Focus')).toBeVisible();
    await expect(list.getByText('Received')).toBeVisible();
    await expect(page.getByLabel('Message')).toHaveValue('');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
