import { USER_SEARCH_MIN } from '#common/contracts/admin';

/** What the list searches for: the trimmed text, or nothing until it is long enough to search. */
export function searchTerm(input: string): string {
  const text = input.trim();
  return text.length >= USER_SEARCH_MIN ? text : '';
}

/** Whether the box holds something too short to search by (worth a hint). */
export const tooShortToSearch = (input: string) => {
  const n = input.trim().length;
  return n > 0 && n < USER_SEARCH_MIN;
};

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "0 bytes", "1.2 MB": powers of 1024, one decimal below ten. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} ${value === 1 ? 'byte' : 'bytes'}`;
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${UNITS[unit]}`;
}

/** "super_admin" → "Super admin". */
export const roleLabel = (role: string) => {
  const words = role.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The roles an admin may grant this person from the page: not held yet, never to themselves
 * (another admin must), and `super_admin` only by a super admin.
 */
export function grantableRoles(
  all: readonly string[],
  held: readonly string[],
  actor: { id: string; roles: readonly string[] },
  targetId: string,
): string[] {
  if (actor.id === targetId) return [];
  return all.filter((r) => !held.includes(r) && (r !== 'super_admin' || actor.roles.includes('super_admin')));
}

/** Whether the admin may remove this role from this person from the page. */
export function removableRole(role: string, actor: { roles: readonly string[] }): boolean {
  if (role === 'user') return false;
  return role !== 'super_admin' || actor.roles.includes('super_admin');
}

/** Whether this person is a super admin and the admin is not: only a super admin acts on one. */
export const outranks = (person: { roles: readonly string[] }, actor: { roles: readonly string[] }) =>
  person.roles.includes('super_admin') && !actor.roles.includes('super_admin');
