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
    path: 'catalogues',
    label: 'Catalogues',
    summary: 'Universal quests, achievements, skills, market items, learn and listening content.',
    permission: ['content:update', 'market:manage'],
    load: async () => (await import('./pages/catalogues-page')).CataloguesPage,
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
