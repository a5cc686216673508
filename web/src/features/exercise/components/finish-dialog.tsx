import { useId, useState } from 'react';
import { SESSION_NOTES_MAX } from '#common/contracts/exercise';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Textarea } from '@/components/ui/field';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { errorMessage } from '@/lib/api-client';

interface FinishDialogProps {
  open: boolean;
  pending: boolean;
  error: unknown;
  onFinish: (body: { rating?: number; notes?: string | null }) => void;
  onClose: () => void;
}

const ratings = [
  { value: '0', label: 'None' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

/** How it went (a rating from 1 to 5 and notes, both optional), then the session is done. */
export function FinishDialog({ open, pending, error, onFinish, onClose }: FinishDialogProps) {
  const [rating, setRating] = useState('0');
  const [notes, setNotes] = useState('');
  const name = useId();
  return (
    <Dialog open={open} onClose={onClose} title="Finish workout" description="How did it go?">
      <form
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          onFinish({ rating: rating === '0' ? undefined : Number(rating), notes: notes.trim() || null });
        }}
      >
        <SegmentedControl legend="Rating" name={name} value={rating} options={ratings} onChange={setRating} />
        <Field label="Notes (optional)">
          {({ id }) => (
            <Textarea
              id={id}
              rows={3}
              maxLength={SESSION_NOTES_MAX}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          )}
        </Field>
        {error !== null && error !== undefined && (
          <p role="alert" className="text-sm font-medium text-danger">
            {errorMessage(error)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" size="lg" onClick={onClose} data-autofocus>
            Keep training
          </Button>
          <Button type="submit" variant="primary" size="lg" loading={pending}>
            Finish workout
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
