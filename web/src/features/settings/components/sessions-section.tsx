import { LogOut, Monitor } from 'lucide-react';
import { type ReactNode, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatRelative } from '@/lib/format';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { describeDevice } from '../utils/describe-device';

/** Every device signed in to this account; revoke one, or sign out everywhere. */
export function SessionsSection() {
  const headingId = useId();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const navigate = useNavigate();
  const everywhere = useSignOutEverywhere(() => navigate('/sign-in', { replace: true }));
  const [confirming, setConfirming] = useState(false);

  const signOutEverywhere = () =>
    // A promise, not a mutate callback: this page is gone by the time it resolves, and the
    // callback would be dropped with it. A refusal is the default toast.
    everywhere
      .mutateAsync()
      .then(() => toast.success('Signed out on every device.'))
      .catch(() => {});

  let body: ReactNode;
  if (sessions.isPending) body = <ListSkeleton rows={2} />;
  else if (sessions.isError)
    body = <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />;
  else {
    const sorted = [...sessions.data].sort((a, b) =>
      a.current !== b.current ? (a.current ? -1 : 1) : b.last_activity_at.localeCompare(a.last_activity_at),
    );
    body = (
      <ul className="divide-y divide-line" aria-label="Signed-in devices">
        {sorted.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0">
            <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-subtle text-muted">
              <Monitor aria-hidden className="size-4" />
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                {describeDevice(s.user_agent)}
                {s.current && <Badge tone="accent">This device</Badge>}
              </p>
              <p className="text-xs text-muted">
                {[s.ip_address, `active ${formatRelative(s.last_activity_at)}`].filter(Boolean).join(' · ')}
              </p>
            </div>
            {!s.current && (
              <Button
                size="sm"
                onClick={() =>
                  revoke.mutate(s.id, {
                    onSuccess: () => toast.success('That device is signed out.'),
                  })
                }
                loading={revoke.isPending && revoke.variables === s.id}
                aria-label={`Sign out ${describeDevice(s.user_agent)}`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Sessions"
        description="Devices where you are signed in."
        action={
          confirming ? (
            <div className="flex gap-2">
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button size="sm" variant="danger" onClick={signOutEverywhere} loading={everywhere.isPending}>
                Sign out all devices
              </Button>
            </div>
          ) : (
            <Button size="sm" onClick={() => setConfirming(true)}>
              <LogOut aria-hidden className="size-4" />
              Sign out everywhere
            </Button>
          )
        }
      />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
