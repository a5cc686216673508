import { Check, Copy, Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { formatRelative } from '@/lib/format';
import { useCreateFeedToken } from '../api/create-feed-token';
import { useFeedStatus } from '../api/get-feed-status';
import { useRevokeFeedToken } from '../api/revoke-feed-token';

/**
 * The private subscription address for other calendar apps. Only a hash of it is kept, so the
 * address is shown once, when made; making a new one retires the old.
 */
export function FeedCard() {
  const headingId = useId();
  const urlId = useId();
  const status = useFeedStatus();
  const create = useCreateFeedToken();
  const revoke = useRevokeFeedToken();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const active = status.data?.active ?? false;

  const make = () =>
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setUrl(feed.url);
        setCopied(false);
      },
    });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.success('Address copied');
    } catch {
      toast.error('Copying is blocked here; select the address and copy it yourself.');
    }
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Subscribe from other calendar apps"
        description="A private address that Google Calendar, Apple Calendar or Thunderbird can follow. Anyone with it can read your calendar."
      />
      <CardBody className="grid gap-3 px-5 py-4">
        {status.isPending ? (
          <Skeleton className="h-9 w-64" />
        ) : (
          <>
            {url && active ? (
              <div className="grid gap-1.5">
                <label htmlFor={urlId} className="text-sm font-medium">
                  Your feed address
                </label>
                <div className="flex gap-2">
                  <Input
                    id={urlId}
                    readOnly
                    value={url}
                    onFocus={(e) => e.target.select()}
                    className="font-mono text-xs"
                  />
                  <Button onClick={() => void copy()} aria-label="Copy feed address">
                    {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
                    Copy
                  </Button>
                </div>
                <p className="text-xs text-muted">Copy it now: it is shown only this once.</p>
              </div>
            ) : (
              <p className="text-sm text-muted" data-testid="feed-status">
                {active
                  ? `A private address is active${
                      status.data?.last_used_at
                        ? `, last read ${formatRelative(status.data.last_used_at)}`
                        : ', not read yet'
                    }. Make a new one to see an address again; the old one then stops working.`
                  : 'No address yet.'}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <Button onClick={make} loading={create.isPending}>
                <Link2 aria-hidden className="size-4" />
                {active ? 'Make a new address' : 'Make a private address'}
              </Button>
              {active && (
                <Button variant="ghost" onClick={() => setConfirming(true)}>
                  Revoke address
                </Button>
              )}
            </div>
          </>
        )}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Revoke the feed address?"
        description="Calendar apps following it stop receiving your events at once."
        confirmLabel="Revoke address"
        pending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setUrl(null);
              toast.success('Feed address revoked');
            },
          })
        }
      />
    </Card>
  );
}
