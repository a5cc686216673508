import { SectionNav } from '@/components/ui/section-nav';
import { useUser } from '@/lib/auth';
import { adminPagesFor } from '../admin-pages';

/** The Admin section's pages this user may open. */
export function AdminNav() {
  const user = useUser();
  const links = [
    { to: '/admin', label: 'Overview', end: true },
    ...adminPagesFor(user.permissions).map((p) => ({ to: `/admin/${p.path}`, label: p.label })),
  ];
  return <SectionNav label="Admin" links={links} />;
}
