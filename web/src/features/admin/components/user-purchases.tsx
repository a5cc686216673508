import { type FormEvent, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input } from '@/components/ui/field';
import { LoadMore } from '@/components/ui/load-more';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { type AdminPurchaseWire, useAdminPurchases, useRefundPurchase } from '../api/money';
import { isRefundable, parseUserId, purchaseStateLabels, refundError } from '../utils/money';

/** One user's purchases (the user from `?user=`), each unused one refundable after a confirmation. */
export function UserPurchases() {
  const heading = useId();
  const [params, setParams] = useSearchParams();
  const userId = parseUserId(params.get('user'));
  const [input, setInput] = useState(params.get('user') ?? '');
  const [inputError, setInputError] = useState<string | null>(null);
  const list = useAdminPurchases(userId);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const refund = useRefundPurchase();
  const [target, setTarget] = useState<AdminPurchaseWire | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = parseUserId(input);
    if (!id) {
      setInputError('Enter a user id: 32 hexadecimal digits in five groups.');
      return;
    }
    setInputError(null);
    setParams(
      (p) => {
        p.set('user', id);
        return p;
      },
      { replace: true },
    );
  };

  const close = () => {
    setTarget(null);
    refund.reset();
  };
  const confirm = () => {
    if (!target) return;
    refund.mutate(target.id, {
      onSuccess: (p) => {
        toast.success(`Refunded: ${p.cost_coins} coins went back to the user.`);
        close();
      },
    });
  };

  let body: React.ReactNode = null;
  if (userId === null) body = <p className="text-sm text-muted">Enter a user id to see what they bought.</p>;
  else if (list.isPending) body = <ListSkeleton rows={2} />;
  else if (list.isError)
    body = (
      <ErrorState
        title="The purchases could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (items.length === 0) body = <EmptyFilter>This user has bought nothing.</EmptyFilter>;
  else
    body = (
      <div className="grid gap-3">
        <ul aria-label="Purchases" className="grid gap-2">
          {items.map((p) => (
            <li
              key={p.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-line px-3.5 py-2.5"
            >
              <div className="grid min-w-0 gap-0.5">
                <p className="font-medium break-words">{p.title}</p>
                <p className="text-xs text-muted">
                  {p.cost_coins} coins · bought <time dateTime={p.created_at}>{formatDate(p.created_at)}</time>
                </p>
              </div>
              <span className="flex items-center gap-2">
                <Badge tone={p.state === 'refunded' ? 'neutral' : 'accent'}>
                  <span className="sr-only">State: </span>
                  {purchaseStateLabels[p.state]}
                </Badge>
                {isRefundable(p.state) && (
                  <Button size="sm" onClick={() => setTarget(p)} aria-label={`Refund ${p.title}`}>
                    Refund
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
        <LoadMore list={list} />
      </div>
    );

  return (
    <Card aria-labelledby={heading}>
      <CardHeader
        id={heading}
        title="Purchases"
        description="A user’s purchases, newest first; refund one not yet used."
      />
      <CardBody className="grid gap-4">
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
          <Field label="User id" error={inputError} className="min-w-0 flex-1 basis-64">
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={input}
                onChange={(e) => setInput(e.target.value)}
                spellCheck={false}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className="font-mono"
              />
            )}
          </Field>
          <Button type="submit">Show purchases</Button>
        </form>
        {body}
      </CardBody>
      <ConfirmDialog
        open={target !== null}
        onClose={close}
        title="Refund this purchase?"
        description={
          target
            ? `“${target.title}”: ${target.cost_coins} coins go back to the user, and the item leaves their inventory.`
            : undefined
        }
        confirmLabel="Refund"
        confirmVariant="primary"
        pending={refund.isPending}
        onConfirm={confirm}
      >
        {refund.isError && (
          <p role="alert" className="text-sm font-medium text-danger">
            {refundError(refund.error)}
          </p>
        )}
      </ConfirmDialog>
    </Card>
  );
}
