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
    path: 'audit',
    label: 'Audit log',
    summary: 'Who did what, to what and when; filter it and download it as CSV.',
    permission: 'system:admin',
    load: async () => (await import('./pages/audit-page')).AuditPage,
  },
];

const asList = (permission: AdminPage['permission']): readonly Permission[] =>
  typeof permission === 'string' ? [permission] : permission;

/** Any one of these opens the Admin section: the permissions of its pages. */
export const adminPermissions: readonly Permission[] = [...new Set(adminPages.flatMap((p) => asList(p.permission)))];

/** The Admin pages a user with these permissions may open, in navigation order. */
export const adminPagesFor = (held: readonly string[]): AdminPage[] =>
  adminPages.filter((p) => asList(p.permission).some((x) => held.includes(x)));
