import { expect, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

/** A write through the API as the signed-in user (the Origin header satisfies the CSRF check). */
export async function post(page: Page, path: string, body: unknown = {}) {
  const response = await page.request.post(path, { data: body, headers: { origin: baseURL } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return response.status() === 204 ? null : (await response.json()).data;
}

/** Earns coins the way a user does: epic quests of their own, accepted and completed (100 coins each). */
export async function earnCoins(page: Page, quests: number): Promise<void> {
  for (let i = 1; i <= quests; i++) {
    const quest = await post(page, '/api/quests', { title: `Finish track ${i}`, difficulty: 'epic' });
    await post(page, `/api/quests/${quest.id}/accept`);
    await post(page, `/api/quests/${quest.id}/complete`);
  }
}
