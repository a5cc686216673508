import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { useDeleteAccount } from '../api/delete-account';

/** The phrase the user types to confirm; exact, so a stray click or autofill cannot delete an account. */
export const DELETE_PHRASE = 'delete my account';

export const confirmsDeletion = (typed: string) => typed.trim().toLowerCase() === DELETE_PHRASE;

export function DeleteAccountSection() {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const navigate = useNavigate();
  const remove = useDeleteAccount(() => navigate('/sign-in', { replace: true }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirmsDeletion(typed)) return;
    // A promise, not a mutate callback: this page is gone by the time it resolves, and the
    // callback would be dropped with it. A refusal is the default toast.
    remove
      .mutateAsync()
      .then(() => toast.success('Your account and all its data were deleted.'))
      .catch(() => {});
  };

  return (
    <Card aria-labelledby={headingId} className="border-danger/40">
      <CardHeader
        id={headingId}
        title="Delete account"
        description="Removes your account and everything in it from this server. This cannot be undone."
      />
      <CardBody>
        {open ? (
          <form onSubmit={submit} className="grid gap-4">
            <Field label={`Type "${DELETE_PHRASE}" to confirm`} hint="Consider exporting your data first.">
              {({ id, describedBy }) => (
                <Input
                  id={id}
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => setTyped(e.target.value)}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <div className="flex flex-wrap justify-end gap-2">
              <Button
                variant="ghost"
                onClick={() => {
                  setOpen(false);
                  setTyped('');
                }}
              >
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={!confirmsDeletion(typed)} loading={remove.isPending}>
                Delete my account forever
              </Button>
            </div>
          </form>
        ) : (
          <Button variant="danger" onClick={() => setOpen(true)}>
            Delete account…
          </Button>
        )}
      </CardBody>
    </Card>
  );
}
