/** Every permission a route may declare. Roles are mapped to them in the catalogue seed. */
export const permissions = [
  'users:read',
  'users:update',
  'users:delete',
  'users:manage',
  'content:create',
  'content:update',
  'content:delete',
  'content:moderate',
  'market:manage',
  'market:create_items',
  'system:admin',
  'system:config',
  'analytics:view',
] as const;

export type Permission = (typeof permissions)[number];

export const roleNames = ['user', 'premium', 'moderator', 'admin', 'super_admin'] as const;
export type RoleName = (typeof roleNames)[number];
