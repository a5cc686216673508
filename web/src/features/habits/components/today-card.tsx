import { ArrowUpDown, Check } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { celebrate } from '@/lib/rewards';
import { useCompleteHabit } from '../api/complete-habit';
import { useReorderHabits } from '../api/reorder-habits';
import { useSkipHabit } from '../api/skip-habit';
import type { HabitWire } from '../api/types';
import { useUndoHabitDay } from '../api/undo-habit-day';
import { describeSchedule } from '../utils/schedule';
import { type ChecklistHabit, HabitChecklist } from './habit-checklist';

export function toChecklist(h: HabitWire): ChecklistHabit {
  return {
    id: h.id,
    name: h.name,
    schedule: describeSchedule(h),
    target_count: h.target_count,
    count: h.count_today,
    skipped: h.skipped_today,
    done: h.completed_today,
    due: h.due_today,
    current_streak: h.current_streak,
    streak_unit: h.streak_unit,
    strength: h.strength,
  };
}

/** The order after moving `id` one place up or down. */
export function moveId(ids: readonly string[], id: string, direction: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}

interface TodayCardProps {
  habits: HabitWire[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Today's checklist with its progress, and the habits' order. */
export function TodayCard({ habits, selectedId, onSelect }: TodayCardProps) {
  const headingId = useId();
  const [reordering, setReordering] = useState(false);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const complete = useCompleteHabit();
  const undo = useUndoHabitDay();
  const skip = useSkipHabit();
  const reorder = useReorderHabits();

  const byId = new Map(habits.map((h) => [h.id, h]));
  const due = habits.filter((h) => h.due_today || h.completed_today);
  const done = due.filter((h) => h.completed_today).length;

  const track = (id: string, on: boolean) =>
    setBusy((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const handlers = (id: string) => ({ onSettled: () => track(id, false) });
  const run = (c: ChecklistHabit, action: 'complete' | 'undo' | 'skip') => {
    const habit = byId.get(c.id);
    if (!habit) return;
    track(c.id, true);
    if (action === 'complete')
      complete.mutate(habit, {
        ...handlers(c.id),
        onSuccess: (result) => {
          celebrate(result.reward);
          celebrate(result.perfect_day);
        },
      });
    else if (action === 'undo') undo.mutate(habit, handlers(c.id));
    else skip.mutate(habit, handlers(c.id));
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Today"
        description={
          due.length === 0
            ? 'Nothing scheduled today.'
            : done === due.length
              ? `All ${due.length} done. Lovely.`
              : `${done} of ${due.length} done`
        }
        action={
          habits.length > 1 && (
            <Button
              size="sm"
              variant={reordering ? 'primary' : 'secondary'}
              onClick={() => setReordering(!reordering)}
              aria-label={reordering ? 'Done reordering' : undefined}
            >
              {reordering ? <Check aria-hidden className="size-4" /> : <ArrowUpDown aria-hidden className="size-4" />}
              {reordering ? 'Done' : 'Reorder'}
            </Button>
          )
        }
      />
      <CardBody className="grid gap-3">
        {due.length > 0 && (
          <div
            role="progressbar"
            aria-label="Habits done today"
            aria-valuemin={0}
            aria-valuemax={due.length}
            aria-valuenow={done}
            className="h-1.5 overflow-hidden rounded-full bg-subtle"
          >
            <div
              className="h-full rounded-full bg-accent transition-[width] duration-300"
              style={{ width: `${(done / due.length) * 100}%` }}
            />
          </div>
        )}
        <HabitChecklist
          habits={habits.map(toChecklist)}
          busyIds={busy}
          selectedId={selectedId}
          reordering={reordering}
          labelledBy={headingId}
          onComplete={(h) => run(h, 'complete')}
          onUndo={(h) => run(h, 'undo')}
          onSkip={(h) => run(h, 'skip')}
          onSelect={(h) => onSelect(h.id)}
          onMove={(h, direction) =>
            reorder.mutate(
              moveId(
                habits.map((x) => x.id),
                h.id,
                direction,
              ),
            )
          }
        />
      </CardBody>
    </Card>
  );
}
