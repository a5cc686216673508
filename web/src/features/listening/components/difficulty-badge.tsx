import type { ListeningDifficulty } from '#common/contracts/listening';
import { cn } from '@/lib/cn';
import { difficultyLabels } from '../utils/labels';

const barHeights = ['h-1.5', 'h-2', 'h-2.5', 'h-3'];

const steps: Record<ListeningDifficulty, number> = { beginner: 1, intermediate: 2, advanced: 3, expert: 4 };

/** The level as a word and four small bars (the word is what assistive technology reads). */
export function DifficultyBadge({ difficulty }: { difficulty: ListeningDifficulty }) {
  const filled = steps[difficulty];
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted">
      <span aria-hidden className="flex items-end gap-px">
        {barHeights.map((height, i) => (
          <span key={height} className={cn('w-1 rounded-sm', height, i < filled ? 'bg-accent' : 'bg-line-strong')} />
        ))}
      </span>
      {difficultyLabels[difficulty]}
    </span>
  );
}
