import { describe, expect, it } from 'vitest';
import { adminPagesFor, adminPermissions } from './admin-pages';

describe('the Admin section’s pages', () => {
  it('are none for a user without an admin permission', () => {
    expect(adminPagesFor([])).toEqual([]);
    expect(adminPagesFor(['market:create_items'])).toEqual([]);
  });

  it('are those a moderator’s permissions open, for a moderator', () => {
    const paths = adminPagesFor(['content:moderate', 'users:read', 'analytics:view']).map((p) => p.path);
    expect(paths).toContain('feedback');
    expect(paths).not.toContain('audit');
  });

  it('are all of them, in navigation order, for an administrator', () => {
    expect(adminPagesFor(adminPermissions).map((p) => p.path)).toEqual(
      expect.arrayContaining(['feedback', 'money', 'audit']),
    );
  });
});
