import { KeyRound, LogOut, Monitor, ShieldOff, Trash2, UserCheck } from 'lucide-react';
import { type ReactNode, useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import type { AdminRoleName } from '#common/contracts/admin';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton, PageSkeleton } from '@/components/ui/skeleton';
import { hasPermission, useUser } from '@/lib/auth';
import { formatDate, formatRelative } from '@/lib/format';
import {
  type AdminUserDetailWire,
  useAdminRoles,
  useAdminUser,
  useAdminUserSessions,
  useDeleteUser,
  useDisableUser,
  useEnableUser,
  useGrantRole,
  useRemoveRole,
  useRevokeAdminSession,
  useRevokeUserSessions,
} from '../api/users';
import { AdminNav } from '../components/admin-nav';
import { formatBytes, grantableRoles, outranks, removableRole, roleLabel } from '../utils/people';

/** A destructive action waiting for its confirmation. */
type Pending =
  | { kind: 'disable' }
  | { kind: 'sign-out' }
  | { kind: 'delete' }
  | { kind: 'remove-role'; role: AdminRoleName }
  | { kind: 'end-session'; id: string };

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words text-fg">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const when = (iso: string | null, never = 'Never') => (iso ? formatRelative(iso) : never);

function SessionsCard({ userId, canEnd, onEnd }: { userId: string; canEnd: boolean; onEnd: (id: string) => void }) {
  const headingId = useId();
  const sessions = useAdminUserSessions(userId);
  let body: ReactNode;
  if (sessions.isPending) body = <ListSkeleton rows={2} />;
  else if (sessions.isError)
    body = <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />;
  else if (sessions.data.length === 0) body = <p className="text-sm text-muted">Not signed in anywhere.</p>;
  else
    body = (
      <ul className="divide-y divide-line" aria-label="Live sessions">
        {sessions.data.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0">
            <Monitor aria-hidden className="size-4 shrink-0 text-muted" />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm" title={s.user_agent ?? undefined}>
                {s.user_agent ?? 'Unknown device'}
              </p>
              <p className="text-xs text-muted">
                {[s.ip_address, `active ${formatRelative(s.last_activity_at)}`, `since ${formatDate(s.created_at)}`]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            {canEnd && (
              <Button size="sm" onClick={() => onEnd(s.id)}>
                End session
              </Button>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Sessions" description="Where they are signed in now." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}

function RolesCard({ person, onRemove }: { person: AdminUserDetailWire; onRemove: (role: AdminRoleName) => void }) {
  const headingId = useId();
  const me = useUser();
  const roles = useAdminRoles();
  const grant = useGrantRole();
  const canManage = hasPermission(me, 'users:manage') && !outranks(person, me);
  const offered = grantableRoles(
    (roles.data ?? []).map((r) => r.name),
    person.roles,
    me,
    person.id,
  );
  const [choice, setChoice] = useState('');
  const picked = offered.includes(choice) ? choice : (offered[0] ?? '');

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Roles" description="What they may do, and who granted it." />
      <CardBody className="grid gap-4">
        <ul className="divide-y divide-line" aria-label="Roles held">
          {person.grants.map((g) => (
            <li key={g.role} className="flex flex-wrap items-center gap-3 py-2 first:pt-0 last:pb-0">
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium">{roleLabel(g.role)}</p>
                <p className="text-xs text-muted">
                  {[
                    `granted ${formatDate(g.granted_at)}`,
                    g.granted_by ? `by ${g.granted_by.name}` : null,
                    g.expires_at ? `until ${formatDate(g.expires_at)}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              {canManage && removableRole(g.role, me) && (
                <Button size="sm" onClick={() => onRemove(g.role as AdminRoleName)}>
                  Remove {roleLabel(g.role).toLowerCase()}
                </Button>
              )}
            </li>
          ))}
        </ul>
        {canManage && person.id === me.id && (
          <p className="text-sm text-muted">Nobody raises their own role: another admin grants yours.</p>
        )}
        {canManage && offered.length > 0 && (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!picked) return;
              grant.mutate(
                { id: person.id, role: picked as AdminRoleName },
                { onSuccess: () => toast.success(`${roleLabel(picked)} granted to ${person.name}.`) },
              );
            }}
          >
            <Field label="Grant a role" className="min-w-48">
              {({ id }) => (
                <Select id={id} className="h-9" value={picked} onChange={(e) => setChoice(e.target.value)}>
                  {offered.map((r) => (
                    <option key={r} value={r}>
                      {roleLabel(r)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button type="submit" loading={grant.isPending}>
              Grant
            </Button>
          </form>
        )}
        <p className="text-xs text-muted">
          Permissions: {person.permissions.length > 0 ? person.permissions.join(', ') : 'none'}
        </p>
      </CardBody>
    </Card>
  );
}

/** One person: their account, roles, sessions, sign-in methods, activity and storage, and what an admin may do. */
export function UserPage() {
  const { id = '' } = useParams();
  const me = useUser();
  const navigate = useNavigate();
  const person = useAdminUser(id);
  const disable = useDisableUser();
  const enable = useEnableUser();
  const signOut = useRevokeUserSessions();
  const endSession = useRevokeAdminSession();
  const remove = useDeleteUser();
  const removeRole = useRemoveRole();
  const [pending, setPending] = useState<Pending | null>(null);
  const close = () => setPending(null);

  if (person.isPending) return <PageSkeleton />;
  if (person.isError) {
    return (
      <div className="mx-auto w-full max-w-5xl">
        <BackLink to="/admin/users">Users</BackLink>
        <PageHeader title="User" />
        <AdminNav />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} retrying={person.isFetching} />
      </div>
    );
  }
  const p = person.data;
  const own = p.id === me.id;
  const canUpdate = hasPermission(me, 'users:update');
  const canDelete = hasPermission(me, 'users:delete');

  const confirm = {
    disable: {
      title: `Disable ${p.name}?`,
      description: 'They are signed out everywhere at once and cannot sign in until enabled again.',
      label: 'Disable account',
      busy: disable.isPending,
      run: () => disable.mutate(p.id, { onSuccess: () => toast.success(`${p.name} is disabled.`), onSettled: close }),
    },
    'sign-out': {
      title: `Sign ${p.name} out everywhere?`,
      description: 'Every session ends; they can sign in again.',
      label: 'Sign out everywhere',
      busy: signOut.isPending,
      run: () => signOut.mutate(p.id, { onSuccess: () => toast.success(`${p.name} is signed out.`), onSettled: close }),
    },
    delete: {
      title: `Delete ${p.name}?`,
      description: 'Their account and everything they own (entries, files, history) is deleted. This cannot be undone.',
      label: 'Delete user',
      busy: remove.isPending,
      run: () =>
        remove.mutate(p.id, {
          onSuccess: () => {
            toast.success(`${p.name} is deleted.`);
            navigate('/admin/users', { replace: true });
          },
          onSettled: close,
        }),
    },
    'remove-role': {
      title: pending?.kind === 'remove-role' ? `Remove ${roleLabel(pending.role).toLowerCase()}?` : '',
      description: `${p.name} loses what the role allows at once.`,
      label: 'Remove role',
      busy: removeRole.isPending,
      run: () =>
        pending?.kind === 'remove-role' && removeRole.mutate({ id: p.id, role: pending.role }, { onSettled: close }),
    },
    'end-session': {
      title: 'End this session?',
      description: 'That device is signed out; they can sign in again.',
      label: 'End session',
      busy: endSession.isPending,
      run: () => pending?.kind === 'end-session' && endSession.mutate(pending.id, { onSettled: close }),
    },
  } as const;
  const asked = pending ? confirm[pending.kind] : null;

  const methods = p.sign_in_methods;
  return (
    <div className="mx-auto w-full max-w-5xl">
      <BackLink to="/admin/users">Users</BackLink>
      <PageHeader
        title={p.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {p.email ?? 'No email'}
            {p.disabled_at && <Badge>Disabled</Badge>}
          </span>
        }
      />
      <AdminNav />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card aria-labelledby="account-heading" className="lg:col-span-2">
          <CardHeader id="account-heading" title="Account" />
          <CardBody className="grid gap-4">
            <Facts
              items={[
                ['Status', p.disabled_at ? `Disabled ${formatRelative(p.disabled_at)}` : 'Active'],
                ['Joined', formatDate(p.created_at)],
                ['Email verified', p.email_verified ? formatDate(p.email_verified) : 'No'],
                ['Time zone', p.timezone],
                ['Terms', p.tos_version ? `Version ${p.tos_version}, ${when(p.tos_accepted_at)}` : 'Not accepted'],
                ['Age confirmed', p.age_verified ? 'Yes' : 'No'],
              ]}
            />
            {own ? (
              <p className="text-sm text-muted">This is your account: change it from your own settings.</p>
            ) : outranks(p, me) ? (
              <p className="text-sm text-muted">Only a super admin changes a super admin’s account.</p>
            ) : (
              <div className="flex flex-wrap gap-2">
                {canUpdate &&
                  (p.disabled_at ? (
                    <Button
                      loading={enable.isPending}
                      onClick={() => enable.mutate(p.id, { onSuccess: () => toast.success(`${p.name} is enabled.`) })}
                    >
                      <UserCheck aria-hidden className="size-4" />
                      Enable account
                    </Button>
                  ) : (
                    <Button onClick={() => setPending({ kind: 'disable' })}>
                      <ShieldOff aria-hidden className="size-4" />
                      Disable account
                    </Button>
                  ))}
                {canUpdate && p.activity.live_sessions > 0 && (
                  <Button onClick={() => setPending({ kind: 'sign-out' })}>
                    <LogOut aria-hidden className="size-4" />
                    Sign out everywhere
                  </Button>
                )}
                {canDelete && (
                  <Button variant="danger" onClick={() => setPending({ kind: 'delete' })}>
                    <Trash2 aria-hidden className="size-4" />
                    Delete user
                  </Button>
                )}
              </div>
            )}
          </CardBody>
        </Card>

        <RolesCard person={p} onRemove={(role) => setPending({ kind: 'remove-role', role })} />
        <SessionsCard
          userId={p.id}
          canEnd={canUpdate && !outranks(p, me)}
          onEnd={(sid) => setPending({ kind: 'end-session', id: sid })}
        />

        <Card aria-labelledby="methods-heading">
          <CardHeader id="methods-heading" title="Sign-in methods" />
          <CardBody>
            {methods.length === 0 ? (
              <p className="text-sm text-muted">None recorded.</p>
            ) : (
              <ul className="grid gap-2" aria-label="Sign-in methods">
                {methods.map((m) => (
                  <li key={`${m.kind}-${m.label}-${m.created_at}`} className="flex items-center gap-3 text-sm">
                    <KeyRound aria-hidden className="size-4 shrink-0 text-muted" />
                    <span className="min-w-0 flex-1">
                      {m.kind === 'passkey' ? `Passkey “${m.label}”` : m.kind === 'local' ? 'Local sign-in' : m.label}
                    </span>
                    <span className="text-xs text-muted">
                      {m.last_used_at ? `used ${formatRelative(m.last_used_at)}` : `added ${formatDate(m.created_at)}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card aria-labelledby="activity-heading">
          <CardHeader id="activity-heading" title="Activity and storage" />
          <CardBody>
            <Facts
              items={[
                ['Last active', when(p.activity.last_activity_at)],
                [
                  'Latest event',
                  p.activity.last_event
                    ? `${p.activity.last_event.type.replace(/_/g, ' ')}, ${formatRelative(p.activity.last_event.occurred_at)}`
                    : 'None',
                ],
                ['Events, 30 days', String(p.activity.events_30_days)],
                ['Live sessions', String(p.activity.live_sessions)],
                [
                  'Storage',
                  `${formatBytes(p.storage.bytes)} in ${p.storage.files} ${p.storage.files === 1 ? 'file' : 'files'}`,
                ],
              ]}
            />
          </CardBody>
        </Card>
      </div>

      <ConfirmDialog
        open={asked !== null}
        onClose={close}
        title={asked?.title ?? ''}
        description={asked?.description}
        confirmLabel={asked?.label ?? 'Confirm'}
        pending={asked?.busy ?? false}
        onConfirm={() => asked?.run()}
      />
    </div>
  );
}
