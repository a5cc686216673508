import { Plus, SkipForward } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { RestTimer } from '../hooks/use-rest-timer';
import { formatRest, REST_STEP_SECONDS } from '../utils/rest';

/** The rest countdown while it runs, with +15 s and skip, large enough for a thumb. */
export function RestBar({ timer }: { timer: RestTimer }) {
  if (!timer.rest) return null;
  const fraction = Math.min(1, (timer.seconds * 1000) / timer.rest.totalMs);
  return (
    <section aria-label="Rest" className="mt-3 rounded-xl border border-accent bg-surface p-3">
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium text-muted">Rest</p>
          <p role="timer" data-testid="rest-countdown" className="text-3xl font-semibold tabular-nums">
            {formatRest(timer.seconds)}
          </p>
        </div>
        <Button size="lg" className="h-12" onClick={() => timer.add()} aria-label={`Add ${REST_STEP_SECONDS} seconds`}>
          <Plus aria-hidden className="size-4" />
          {REST_STEP_SECONDS} s
        </Button>
        <Button size="lg" className="h-12" onClick={timer.skip}>
          <SkipForward aria-hidden className="size-4" />
          Skip
        </Button>
      </div>
      <div aria-hidden className="mt-2 h-1.5 overflow-hidden rounded-full bg-subtle">
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${fraction * 100}%` }} />
      </div>
    </section>
  );
}
