import { CalendarClock, Check, CircleCheck, Flag, Repeat, Trash2, X } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';
import type { PersonalQuestWire } from '../api/types';
import { difficultyLabels, doneThisPeriod, dueText, repeatText } from '../utils/labels';
import { RewardChips } from './reward-chips';

export type QuestRowAction = 'accept' | 'step' | 'complete' | 'abandon' | 'delete';

interface PersonalQuestRowProps {
  quest: PersonalQuestWire;
  /** The action running on this quest, if any. */
  busy: QuestRowAction | null;
  onAction: (action: QuestRowAction, quest: PersonalQuestWire) => void;
}

const statusText: Record<PersonalQuestWire['status'], string> = {
  active: 'Offered',
  accepted: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

/** One of the user's own quests with the moves its state allows. */
export function PersonalQuestRow({ quest: q, busy, onAction }: PersonalQuestRowProps) {
  const open = q.status === 'active' || q.status === 'accepted';
  const repeat = repeatText(q);
  const action = (a: QuestRowAction) => () => onAction(a, q);
  /** Visible words first, then the quest, so every button names what it acts on. */
  const named = (verb: string) => ({ 'aria-label': `${verb} ${q.title}` });
  return (
    <li className="grid gap-3 py-4 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_auto]" data-testid="personal-quest">
      <div className="grid min-w-0 gap-1.5">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h3 className={cn('text-sm font-semibold', q.status === 'abandoned' && 'text-muted line-through')}>
            {q.title}
          </h3>
          <Badge tone={q.status === 'accepted' ? 'accent' : 'neutral'}>{statusText[q.status]}</Badge>
          <Badge>{difficultyLabels[q.difficulty]}</Badge>
        </div>
        {q.description && <p className="text-sm whitespace-pre-line text-muted">{q.description}</p>}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          <RewardChips xp={q.xp_reward} coins={q.coin_reward} />
          {repeat && (
            <span className="inline-flex items-center gap-1">
              <Repeat aria-hidden className="size-3.5" />
              {repeat}
            </span>
          )}
          {q.due_date && open && (
            <span className="inline-flex items-center gap-1">
              <CalendarClock aria-hidden className="size-3.5" />
              {dueText(q.due_date)}
            </span>
          )}
          {doneThisPeriod(q) && (
            <span className="inline-flex items-center gap-1 text-success">
              <CircleCheck aria-hidden className="size-3.5" />
              Done for this {q.repeat_period === 'daily' ? 'day' : q.repeat_period === 'weekly' ? 'week' : 'month'}
            </span>
          )}
        </div>
        {q.target > 1 && (
          <div className="flex items-center gap-3">
            <ProgressBar
              size="sm"
              value={q.progress}
              max={q.target}
              label={`${q.title} steps`}
              valueText={`${q.progress} of ${q.target} steps`}
              className="max-w-72"
            />
            <span className="shrink-0 text-xs text-muted tabular-nums">
              {q.progress} / {q.target}
            </span>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:justify-end">
        {q.status === 'active' && (
          <Button
            variant="primary"
            size="sm"
            loading={busy === 'accept'}
            onClick={action('accept')}
            {...named('Accept')}
          >
            <Flag aria-hidden className="size-4" />
            Accept
          </Button>
        )}
        {q.status === 'accepted' && q.target > 1 && q.progress < q.target && (
          <Button size="sm" loading={busy === 'step'} onClick={action('step')} {...named('+1 step')}>
            +1 step
          </Button>
        )}
        {q.status === 'accepted' && (
          <Button
            variant="primary"
            size="sm"
            loading={busy === 'complete'}
            onClick={action('complete')}
            {...named('Complete')}
          >
            <Check aria-hidden className="size-4" />
            Complete
          </Button>
        )}
        {open && (
          <Button
            variant="ghost"
            size="sm"
            loading={busy === 'abandon'}
            onClick={action('abandon')}
            {...named('Abandon')}
          >
            <X aria-hidden className="size-4" />
            Abandon
          </Button>
        )}
        {!open && (
          <Button variant="ghost" size="sm" loading={busy === 'delete'} onClick={action('delete')} {...named('Delete')}>
            <Trash2 aria-hidden className="size-4" />
            Delete
          </Button>
        )}
      </div>
    </li>
  );
}
