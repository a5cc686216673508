import { expect, type Page } from '@playwright/test';
import { withE2eDatabase } from './database';

/**
 * Gives the user with this (unique) name a role, as the instance's first admin would, then
 * reloads until the page's session carries it (the server hears of role changes within moments).
 */
export async function grantRole(page: Page, name: string, role: string): Promise<void> {
  await withE2eDatabase(async (db) => {
    const { rowCount } = await db.query(
      `insert into user_roles (user_id, role_id)
       select u.id, r.id from users u, roles r where u.name = $1 and r.name = $2
       on conflict do nothing`,
      [name, role],
    );
    expect(rowCount, `${name} should exist and get ${role}`).toBe(1);
  });
  await expect
    .poll(async () => {
      const session = await page.request.get('/api/auth/session');
      return ((await session.json()).data?.user?.roles ?? []) as string[];
    })
    .toContain(role);
  await page.reload();
}
