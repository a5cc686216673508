import { Search, Users } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input } from '@/components/ui/field';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatRelative } from '@/lib/format';
import { type AdminUserWire, useAdminUsers } from '../api/users';
import { AdminNav } from '../components/admin-nav';
import { roleLabel, searchTerm, tooShortToSearch } from '../utils/people';

const SEARCH_DELAY_MS = 300;

function UserRow({ user }: { user: AdminUserWire }) {
  const extraRoles = user.roles.filter((r) => r !== 'user');
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2">
          <Link to={`/admin/users/${user.id}`} className="font-medium text-accent-text hover:underline">
            {user.name}
          </Link>
          {user.disabled_at && <Badge>Disabled</Badge>}
          {extraRoles.map((r) => (
            <Badge key={r} tone="accent">
              {roleLabel(r)}
            </Badge>
          ))}
        </p>
        <p className="truncate text-sm text-muted">{user.email ?? 'No email'}</p>
      </div>
      <p className="text-xs text-muted">
        {user.last_activity_at ? `Active ${formatRelative(user.last_activity_at)}` : 'Not active yet'}
      </p>
    </li>
  );
}

/** Everyone on the instance, newest first; search by part of a name or an email. */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get('q') ?? '');
  const q = searchTerm(params.get('q') ?? '');

  // The address follows the box a moment after typing stops (and the list with it).
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = searchTerm(input);
      if (next !== (params.get('q') ?? '')) setParams(next ? { q: next } : {}, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, params, setParams]);

  const users = useAdminUsers(q);

  let body: ReactNode;
  if (users.isPending) body = <ListSkeleton rows={5} />;
  else if (users.isError)
    body = <ErrorState error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />;
  else {
    const rows = users.data.pages.flatMap((p) => p.data);
    body =
      rows.length === 0 ? (
        <EmptyState icon={Users} title={q ? 'Nobody matches' : 'No users yet'}>
          {q ? `No name or email contains “${q}”.` : 'People appear here once they sign in.'}
        </EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-line" aria-label="Users">
            {rows.map((u) => (
              <UserRow key={u.id} user={u} />
            ))}
          </ul>
          <div className="mt-4 flex justify-center">
            <LoadMore list={users} className="" />
          </div>
        </>
      );
  }

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Users" description="Find people, see their account, and act on it." />
      <AdminNav />
      <Card>
        <CardBody className="grid gap-4">
          <search>
            <Field
              label="Search by name or email"
              hint={tooShortToSearch(input) ? 'Type at least three characters.' : undefined}
            >
              {({ id, describedBy }) => (
                <div className="relative">
                  <Search
                    aria-hidden
                    className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
                  />
                  <Input
                    id={id}
                    aria-describedby={describedBy}
                    type="search"
                    className="h-10 pl-9"
                    value={input}
                    onChange={(e) => setInput(e.target.value)}
                    autoComplete="off"
                  />
                </div>
              )}
            </Field>
          </search>
          {body}
        </CardBody>
      </Card>
    </div>
  );
}
