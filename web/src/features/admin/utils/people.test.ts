import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  grantableRoles,
  outranks,
  removableRole,
  roleLabel,
  searchTerm,
  tooShortToSearch,
} from './people';

describe('searchTerm', () => {
  it('searches the trimmed text once it has three characters, and nothing before', () => {
    expect(searchTerm('  ann  ')).toBe('ann');
    expect(searchTerm('an')).toBe('');
    expect(searchTerm('   ')).toBe('');
    expect(tooShortToSearch(' an ')).toBe(true);
    expect(tooShortToSearch('')).toBe(false);
    expect(tooShortToSearch('ann')).toBe(false);
  });
});

describe('formatBytes', () => {
  it('writes sizes in powers of 1024 with one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(3 * 1024 ** 5)).toBe('3072 TB');
  });
});

describe('roles on a person’s page', () => {
  const all = ['admin', 'moderator', 'premium', 'super_admin', 'user'];

  it('offers the roles not held, super admin only to a super admin', () => {
    const admin = { id: 'a', roles: ['admin', 'user'] };
    expect(grantableRoles(all, ['user'], admin, 'b')).toEqual(['admin', 'moderator', 'premium']);
    const boss = { id: 'a', roles: ['super_admin', 'user'] };
    expect(grantableRoles(all, ['user', 'premium'], boss, 'b')).toEqual(['admin', 'moderator', 'super_admin']);
  });

  it('offers nobody a role on their own page', () => {
    expect(grantableRoles(all, ['user'], { id: 'a', roles: ['super_admin'] }, 'a')).toEqual([]);
  });

  it('never offers to remove `user`, nor super admin to an admin', () => {
    expect(removableRole('user', { roles: ['super_admin'] })).toBe(false);
    expect(removableRole('super_admin', { roles: ['admin'] })).toBe(false);
    expect(removableRole('super_admin', { roles: ['super_admin'] })).toBe(true);
    expect(removableRole('moderator', { roles: ['admin'] })).toBe(true);
  });

  it('names roles in words', () => {
    expect(roleLabel('super_admin')).toBe('Super admin');
    expect(roleLabel('user')).toBe('User');
  });
});

describe('outranks', () => {
  it('holds a super admin out of an admin’s reach, not of another super admin’s', () => {
    expect(outranks({ roles: ['super_admin', 'user'] }, { roles: ['admin', 'user'] })).toBe(true);
    expect(outranks({ roles: ['super_admin'] }, { roles: ['super_admin'] })).toBe(false);
    expect(outranks({ roles: ['admin'] }, { roles: ['admin'] })).toBe(false);
  });
});
