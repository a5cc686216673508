import { KeyRound, Plus, Trash2 } from 'lucide-react';
import { type ReactNode, useId } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate, formatRelative } from '@/lib/format';
import { useDeletePasskey } from '../api/delete-passkey';
import { usePasskeys } from '../api/get-passkeys';
import { useAddPasskey } from '../api/register-passkey';
import { describeDevice } from '../utils/describe-device';

const supported = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

/** Passkeys let the user sign in with the device's lock (fingerprint, face, PIN) instead of a provider. */
export function PasskeysSection() {
  const headingId = useId();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useDeletePasskey();

  const addPasskey = () =>
    add.mutate(`Passkey on ${describeDevice(navigator.userAgent)}`, {
      onSuccess: () => toast.success('Passkey added. You can now sign in with it.'),
    });

  let body: ReactNode;
  if (passkeys.isPending) body = <ListSkeleton rows={1} />;
  else if (passkeys.isError)
    body = <ErrorState error={passkeys.error} onRetry={() => void passkeys.refetch()} retrying={passkeys.isFetching} />;
  else if (passkeys.data.length === 0)
    body = (
      <p className="text-sm text-muted">
        No passkeys yet. Add one to sign in with this device's fingerprint, face or PIN.
      </p>
    );
  else
    body = (
      <ul className="divide-y divide-line" aria-label="Your passkeys">
        {passkeys.data.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0">
            <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-subtle text-muted">
              <KeyRound aria-hidden className="size-4" />
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium">{p.name}</p>
              <p className="text-xs text-muted">
                Added {formatDate(p.created_at)}
                {p.last_used_at ? ` · last used ${formatRelative(p.last_used_at)}` : ' · never used'}
              </p>
            </div>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove ${p.name}`}
              loading={remove.isPending && remove.variables === p.id}
              onClick={() =>
                remove.mutate(p.id, {
                  onSuccess: () => toast.success('Passkey removed'),
                })
              }
            >
              <Trash2 aria-hidden className="size-4" />
              Remove
            </Button>
          </li>
        ))}
      </ul>
    );

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Passkeys"
        description="Sign in with your device instead of a password or provider."
        action={
          supported() ? (
            <Button size="sm" variant="primary" onClick={addPasskey} loading={add.isPending}>
              {!add.isPending && <Plus aria-hidden className="size-4" />}
              Add a passkey
            </Button>
          ) : undefined
        }
      />
      <CardBody>
        {body}
        {!supported() && <p className="mt-3 text-sm text-muted">This browser cannot create passkeys.</p>}
      </CardBody>
    </Card>
  );
}
