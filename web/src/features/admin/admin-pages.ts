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
  {
    path: 'catalogues',
    label: 'Catalogues',
    summary: 'Universal quests, achievements, skills, market items, learn and listening content.',
    permission: ['content:update', 'market:manage'],
    load: async () => (await import('./pages/catalogues-page')).CataloguesPage,
  },
  {
    path: 'feedback',
    label: 'Feedback',
    summary: 'Read what users send, set its status and priority, and answer them.',
    permission: 'content:moderate',
    load: async () => (await import('./pages/feedback-page')).FeedbackPage,
  },
  {
    path: 'money',
    label: 'Money and jobs',
    summary: 'Find and refund a user’s purchase; retry or cancel track analyses.',
    permission: ['market:manage', 'system:admin'],
    load: async () => (await import('./pages/money-page')).MoneyPage,
  },
  {
    path: 'stats',
    label: 'Stats',
    summary: 'Active users, sign-ups and activity per day, the economy, storage and the analysis queue.',
    permission: 'analytics:view',
    load: async () => (await import('./pages/stats-page')).StatsPage,
  },
  {
    path: 'audit',
    label: 'Audit log',
    summary: 'Who did what, to what and when; filter it and download it as CSV.',
    permission: 'system:admin',
    load: async () => (await import('./pages/audit-page')).AuditPage,
  },
  {
    path: 'tables',
    label: 'Tables',
    summary: 'Browse the rows of the tables that hold no private content or secrets, read-only.',
    permission: 'system:admin',
    load: async () => (await import('./pages/tables-page')).TablesPage,
  },
];

const asList = (permission: AdminPage['permission']): readonly Permission[] =>
  typeof permission === 'string' ? [permission] : permission;

/** Any one of these opens the Admin section: the permissions of its pages. */
export const adminPermissions: readonly Permission[] = [...new Set(adminPages.flatMap((p) => asList(p.permission)))];

/** The Admin pages a user with these permissions may open, in navigation order (not the hidden ones). */
export const adminPagesFor = (held: readonly string[]): AdminPage[] =>
  adminPages.filter((p) => !p.hidden && asList(p.permission).some((x) => held.includes(x)));
