import { describe, expect, it } from 'vitest';
import { roleSeeds } from '../../../../server/db/seed/roles';
import { adminPages, adminPermissions } from './admin-pages';

const userPermissions = roleSeeds.find((r) => r.name === 'user')?.permissions ?? [];
const opens = (permission: (typeof adminPages)[number]['permission'], held: readonly string[]) =>
  (typeof permission === 'string' ? [permission] : permission).some((p) => held.includes(p));

describe('the Admin section’s pages', () => {
  it('open for none of a plain user’s own permissions', () => {
    expect(userPermissions.length).toBeGreaterThan(0);
    expect(opens(adminPermissions, userPermissions)).toBe(false);
    for (const page of adminPages) expect(opens(page.permission, userPermissions), page.path).toBe(false);
  });

  it('each open the section, in navigation order: feedback, money, audit', () => {
    for (const page of adminPages) expect(opens(page.permission, adminPermissions), page.path).toBe(true);
    expect(adminPages.map((p) => p.path).slice(0, 3)).toEqual(['feedback', 'money', 'audit']);
  });
});
