import { CalendarCheck } from 'lucide-react';
import { type ReactNode, useId, useState } from 'react';
import type { Rating } from '#common/contracts/learn';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton, Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { celebrate } from '@/lib/rewards';
import { useLesson, useReviewQueue } from '../api/reads';
import type { LessonCompletionWire, ReviewCardWire, RoundResultWire, RoundWire } from '../api/types';
import { useCompleteLesson, useRateCard } from '../api/writes';
import { useSynth } from '../audio/use-synth';
import { LearnNav } from '../components/learn-nav';
import { Quiz, QuizResults } from '../components/quiz';
import { RatingPicker } from '../components/rating-picker';
import { RoundPlayer } from '../components/round-player';
import { RoundResults } from '../components/round-results';
import { drillTypeLabels, overdueText, whenDue } from '../utils/labels';

/** A card's identity at one point of its schedule: a card rated a moment ago is not offered again from a stale queue. */
const cardKey = (c: ReviewCardWire) => `${c.kind}:${c.id}:${c.last_review ?? ''}:${c.reps}`;

function Rate({
  card,
  suggested,
  roundId,
  onRated,
}: {
  card: ReviewCardWire;
  suggested: Rating;
  roundId?: string;
  onRated: () => void;
}) {
  const rate = useRateCard();
  return (
    <div className="grid gap-2">
      <RatingPicker
        card={card}
        suggested={suggested}
        pending={rate.isPending}
        onRate={(rating) =>
          rate.mutate(
            { kind: card.kind, id: card.id, body: roundId ? { rating, round_id: roundId } : { rating } },
            {
              onSuccess: (done) => {
                celebrate(done.reward, { title: 'Review' });
                onRated();
              },
            },
          )
        }
      />
      {rate.isError && (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(rate.error)}
        </p>
      )}
    </div>
  );
}

function LessonReview({ card, onRated }: { card: ReviewCardWire; onRated: () => void }) {
  const lesson = useLesson(card.id);
  const complete = useCompleteLesson(card.id);
  const [done, setDone] = useState<LessonCompletionWire | null>(null);
  if (lesson.isPending) return <Skeleton className="h-60 rounded-xl" />;
  if (lesson.isError)
    return <ErrorState error={lesson.error} onRetry={() => void lesson.refetch()} retrying={lesson.isFetching} />;
  if (done) {
    return (
      <div className="grid gap-6">
        <QuizResults questions={lesson.data.quiz} completion={done} />
        <Rate card={card} suggested={done.suggested_rating} onRated={onRated} />
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">Answer the lesson’s quiz again to see how much stayed with you.</p>
      <Quiz
        questions={lesson.data.quiz}
        pending={complete.isPending}
        onSubmit={(answers) => complete.mutate(answers, { onSuccess: setDone })}
      />
      {complete.isError && (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(complete.error)}
        </p>
      )}
    </div>
  );
}

function DrillReview({ card, onRated }: { card: ReviewCardWire; onRated: () => void }) {
  const synth = useSynth();
  const [done, setDone] = useState<{ round: RoundWire; result: RoundResultWire } | null>(null);
  if (done) {
    return (
      <div className="grid gap-6">
        <RoundResults round={done.round} result={done.result} synth={synth} practice={false} />
        <Rate card={card} suggested={done.result.suggested_rating} roundId={done.round.id} onRated={onRated} />
      </div>
    );
  }
  return (
    <RoundPlayer
      drillId={card.id}
      purpose="review"
      synth={synth}
      startLabel="Start the review round"
      onResult={(round, result) => setDone({ round, result })}
    />
  );
}

function CardReview({ card, onRated }: { card: ReviewCardWire; onRated: () => void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-xl border border-line bg-surface p-4 shadow-xs">
      <div className="grid gap-1">
        <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
          <Badge tone="accent">{card.kind === 'lesson' ? 'Lesson' : 'Drill'}</Badge>
          <span>{card.topic.name}</span>
          {card.drill_type && <span>{drillTypeLabels[card.drill_type]}</span>}
          {card.due && <span>{overdueText(card.due)}</span>}
        </div>
        <h2 id={headingId} className="text-lg font-semibold">
          {card.title}
        </h2>
      </div>
      {card.kind === 'lesson' ? (
        <LessonReview card={card} onRated={onRated} />
      ) : (
        <DrillReview card={card} onRated={onRated} />
      )}
    </section>
  );
}

/** The review queue: each due card in turn (a lesson's quiz again, or a short drill round), then its rating. */
export function ReviewPage() {
  const queue = useReviewQueue();
  const [rated, setRated] = useState<Set<string>>(() => new Set());
  const laterId = useId();
  const title = 'Review';
  const description = 'What you learned, back just before you would forget it.';

  let body: ReactNode;
  if (queue.isPending) body = <ListSkeleton rows={3} />;
  else if (queue.isError)
    body = <ErrorState error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />;
  else {
    const due = queue.data.due.filter((c) => !rated.has(cardKey(c)));
    const [current, ...rest] = due;
    if (!current) {
      body = queue.isFetching ? (
        <ListSkeleton rows={1} />
      ) : (
        <EmptyState icon={CalendarCheck} title="Nothing to review">
          {queue.data.next_due
            ? `The next review is due ${whenDue(queue.data.next_due)}.`
            : 'Pass a lesson or play a drill, and it comes back here when it is time to review it.'}
        </EmptyState>
      );
    } else {
      body = (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
          <p role="status" className="text-sm text-muted">
            {queue.data.due_count} due for review.
          </p>
          <CardReview
            key={cardKey(current)}
            card={current}
            onRated={() => setRated((all) => new Set(all).add(cardKey(current)))}
          />
          {rest.length > 0 && (
            <section aria-labelledby={laterId} className="grid gap-2">
              <h2 id={laterId} className="text-sm font-semibold text-muted">
                Next in the queue
              </h2>
              <ul className="grid gap-2">
                {rest.map((c) => (
                  <li
                    key={cardKey(c)}
                    className="flex flex-wrap items-center gap-2 rounded-lg border border-line px-3 py-2 text-sm"
                  >
                    <Badge>{c.kind === 'lesson' ? 'Lesson' : 'Drill'}</Badge>
                    <span className="font-medium">{c.title}</span>
                    <span className="text-muted">{c.topic.name}</span>
                    {c.due && <span className="text-muted">{overdueText(c.due)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      );
    }
  }

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title={title} description={description} />
      <LearnNav />
      {body}
    </div>
  );
}
