import { CalendarClock } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import type { GoalWire } from '../api/types';
import { statusLabels } from '../utils/goal-labels';
import { describeTarget } from '../utils/target-date';
import { GoalProgress } from './goal-progress';

interface GoalListProps {
  goals: GoalWire[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  today: string;
}

/** Goals as cards: title, category, target date and progress; choosing one opens it beside the list. */
export function GoalList({ goals, selectedId, onSelect, today }: GoalListProps) {
  return (
    <ul aria-label="Goals" className="grid gap-3">
      {goals.map((g) => {
        const open = g.status === 'active' || g.status === 'paused';
        const target = g.target_date ? describeTarget(g.target_date, today, open) : null;
        return (
          <li key={g.id}>
            <button
              type="button"
              onClick={() => onSelect(g.id)}
              aria-current={selectedId === g.id || undefined}
              className={cn(
                'grid w-full gap-2.5 rounded-xl border bg-surface p-4 text-left shadow-xs transition hover:border-line-strong',
                selectedId === g.id ? 'border-accent ring-1 ring-accent' : 'border-line',
              )}
            >
              <span className="flex items-start justify-between gap-3">
                <span className="min-w-0 font-medium break-words">{g.title}</span>
                {g.status !== 'active' && <Badge>{statusLabels[g.status]}</Badge>}
              </span>
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                {g.category && <Badge tone="accent">{g.category}</Badge>}
                {target && (
                  <span className={cn('inline-flex items-center gap-1', target.late && 'font-medium text-danger')}>
                    <CalendarClock aria-hidden className="size-3.5" />
                    {target.text}
                  </span>
                )}
                <span>
                  {g.milestones_completed}/{g.milestones_total} milestones
                </span>
              </span>
              <GoalProgress value={g.progress} label={`${g.title} progress`} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
