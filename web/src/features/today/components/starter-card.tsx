import { ArrowRight, Sparkles } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { StarterWire } from '../api/types';

const tierLabels: Record<StarterWire['tier'], string> = {
  plan: 'Next in your plan',
  focus_session: 'Your session is running',
  habit: 'A habit due today',
  quest: 'A quest almost done',
  review: 'Due for review',
  fallback: 'A good way in',
};

interface StarterCardProps {
  starter: StarterWire | null;
  onStart: (starter: StarterWire) => void;
  busy: boolean;
  error: string | null;
}

/** The one big "start here" action. */
export function StarterCard({ starter, onStart, busy, error }: StarterCardProps) {
  return (
    <Card aria-labelledby="starter-heading" className="overflow-hidden">
      <div className="flex flex-col gap-4 bg-accent-soft/40 px-5 py-6 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <h2 id="starter-heading" className="flex items-center gap-2 text-sm font-medium text-muted">
            <Sparkles aria-hidden className="size-4 text-accent" />
            Start here{starter ? ` · ${tierLabels[starter.tier]}` : ''}
          </h2>
          <p className="mt-1 break-words text-xl font-semibold text-fg" data-testid="starter-title">
            {starter ? starter.title : 'You are all set for today.'}
          </p>
          {error && (
            <p role="alert" className="mt-1 text-sm text-danger">
              {error}
            </p>
          )}
        </div>
        {starter && (
          <Button variant="primary" size="lg" loading={busy} onClick={() => onStart(starter)}>
            Start here
            {!busy && <ArrowRight aria-hidden className="size-5" />}
          </Button>
        )}
      </div>
    </Card>
  );
}
