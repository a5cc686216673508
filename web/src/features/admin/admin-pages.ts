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
}

/** The Admin section's pages, in navigation order; each asks for the permission its API needs. */
export const adminPages: readonly AdminPage[] = [
  {
    path: 'stats',
    label: 'Stats',
    summary: 'Active users, sign-ups and activity per day, the economy, storage and the analysis queue.',
    permission: 'analytics:view',
    load: async () => (await import('./pages/stats-page')).StatsPage,
  },
  {
    path: 'tables',
    label: 'Tables',
    summary: 'Browse the rows of the tables that hold no private content or secrets, read-only.',
    permission: 'system:admin',
    load: async () => (await import('./pages/tables-page')).TablesPage,
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
