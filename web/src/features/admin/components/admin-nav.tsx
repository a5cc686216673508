import { SectionNav } from '@/components/ui/section-nav';
import { hasPermission, useUser } from '@/lib/auth';
import { adminPages } from '../admin-pages';

/** The Admin section's pages this user may open. */
export function AdminNav() {
  const user = useUser();
  const links = [
    { to: '/admin', label: 'Overview', end: true },
    ...adminPages
      .filter((p) => !p.hidden && hasPermission(user, p.permission))
      .map((p) => ({ to: `/admin/${p.path}`, label: p.label })),
  ];
  return <SectionNav label="Admin" links={links} />;
}
