import { type FormEvent, useId, useState } from 'react';
import { type Rating, ratings } from '#common/contracts/learn';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { ReviewCardWire } from '../api/types';
import { ratingLabels, whenDue } from '../utils/labels';

interface RatingPickerProps {
  card: ReviewCardWire;
  /** The rating the score suggests, chosen to begin with. */
  suggested: Rating;
  onRate: (rating: Rating) => void;
  pending?: boolean;
}

/** Again / Hard / Good / Easy, each with when the card would come back; the suggestion preselected. */
export function RatingPicker({ card, suggested, onRate, pending = false }: RatingPickerProps) {
  const [rating, setRating] = useState<Rating>(suggested);
  const name = useId();
  const legendId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRate(rating);
  };
  return (
    <form onSubmit={submit} className="grid gap-3">
      <fieldset aria-describedby={legendId} className="grid gap-2">
        <legend className="mb-1 font-medium">How well did you remember it?</legend>
        <p id={legendId} className="-mt-1 text-sm text-muted">
          Your score suggests {ratingLabels[suggested]}; change it if it felt otherwise.
        </p>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {ratings.map((r) => (
            <label
              key={r}
              className={cn(
                'flex min-h-14 cursor-pointer flex-col justify-center rounded-xl border px-3 py-2',
                rating === r ? 'border-accent bg-accent-soft' : 'border-line-strong bg-surface hover:bg-subtle',
              )}
            >
              <span className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  name={name}
                  value={r}
                  checked={rating === r}
                  onChange={() => setRating(r)}
                  className="size-4 accent-[var(--c-accent)]"
                />
                {ratingLabels[r]}
              </span>
              <span className="text-xs text-muted">Back {whenDue(card.preview[r])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <Button type="submit" variant="primary" size="lg" loading={pending}>
          Save rating
        </Button>
      </div>
    </form>
  );
}
