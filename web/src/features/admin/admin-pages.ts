import type { ComponentType } from 'react';
import type { Permission } from '#common/permissions';

/** One page of the Admin section, shown to users with its permission (or any one of a list). */
export interface AdminPage {
  /** Under /admin/. */
  path: string;
  label: string;
  summary: string;
  permission: Permission | readonly Permission[];
  load: () => Promise<ComponentType>;
  /** A page reached from another (a path with a parameter): kept out of the nav and the overview. */
  hidden?: boolean;
}

/** The Admin section's pages, in navigation order; each asks for the permission its API needs. */
export const adminPages: readonly AdminPage[] = [
  {
    path: 'users',
    label: 'Users',
    summary: 'Find people; see their roles, sessions, activity and storage; disable, sign out or delete them.',
    permission: 'users:read',
    load: async () => (await import('./pages/users-page')).UsersPage,
  },
  {
    path: 'users/:id',
    label: 'User',
    summary: 'One person’s account.',
    permission: 'users:read',
    load: async () => (await import('./pages/user-page')).UserPage,
    hidden: true,
  },
];

/** Any one of these opens the Admin section. */
export const adminPermissions: readonly Permission[] = [
  'users:read',
  'content:create',
  'content:update',
  'content:delete',
  'content:moderate',
  'market:manage',
  'analytics:view',
  'system:admin',
];
