import { Link } from 'react-router';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { hasPermission, useUser } from '@/lib/auth';
import { adminPages } from '../admin-pages';
import { AdminNav } from '../components/admin-nav';

/** The Admin section's overview: the pages this user may open, each with what it is for. */
export function AdminPage() {
  const user = useUser();
  const pages = adminPages.filter((p) => !p.hidden && hasPermission(user, p.permission));
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Admin" description="Run this Cadence instance." />
      <AdminNav />
      <ul className="grid gap-3 sm:grid-cols-2">
        {pages.map((p) => (
          <li key={p.path}>
            <Card>
              <CardBody>
                <Link to={`/admin/${p.path}`} className="font-medium text-accent-text hover:underline">
                  {p.label}
                </Link>
                <p className="mt-1 text-sm text-muted">{p.summary}</p>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
