import type { Permission, RoleName } from '#common/permissions';

interface RoleSeed {
  name: RoleName;
  description: string;
  parent: RoleName | null;
  /** Granted by this role itself; a role also holds everything its parent holds. */
  permissions: Permission[];
}

export const roleSeeds: RoleSeed[] = [
  {
    name: 'user',
    description: 'Everyone who signs in: their own data and content.',
    parent: null,
    // A user's own data needs no permission (every query is scoped to its owner); the content
    // permissions are the shared catalogues', held by admins.
    permissions: [],
  },
  { name: 'premium', description: 'A supporter: everything a user has.', parent: 'user', permissions: [] },
  {
    name: 'moderator',
    description: 'Reviews shared content and feedback.',
    parent: 'user',
    permissions: ['content:moderate', 'users:read', 'analytics:view'],
  },
  {
    name: 'admin',
    description: 'Runs the instance: users, catalogue, economy.',
    parent: 'moderator',
    permissions: [
      'content:create',
      'content:update',
      'content:delete',
      'users:update',
      'users:delete',
      'users:manage',
      'market:manage',
      'market:create_items',
      'system:admin',
    ],
  },
  {
    name: 'super_admin',
    description: 'Everything, including instance configuration.',
    parent: 'admin',
    permissions: ['system:config'],
  },
];

export const permissionDescriptions: Record<Permission, string> = {
  'users:read': 'See user accounts',
  'users:update': 'Edit user accounts',
  'users:delete': 'Delete user accounts',
  'users:manage': 'Change roles, disable accounts, revoke sessions',
  'content:create': 'Add to the shared catalogues (quests, achievements, lessons…)',
  'content:update': 'Edit the shared catalogues',
  'content:delete': 'Delete from the shared catalogues',
  'content:moderate': 'Moderate content and triage feedback',
  'market:manage': 'Manage the market catalogue',
  'market:create_items': 'Create market items',
  'system:admin': 'Use the admin console',
  'system:config': 'Change instance configuration',
  'analytics:view': 'See platform statistics',
};
