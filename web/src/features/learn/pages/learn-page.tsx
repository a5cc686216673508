import { BookOpenText, CalendarClock, ChartLine } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ProgressBar } from '@/components/ui/progress-bar';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useLearnPage } from '../api/reads';
import type { LearnPageWire, TopicWire } from '../api/types';
import { DrillGroups } from '../components/drill-list';
import { LearnNav } from '../components/learn-nav';
import { topicIcon, whenDue } from '../utils/labels';

const description = 'Lessons, ear training and a review queue.';

function ReviewsCard({ review }: { review: LearnPageWire['review'] }) {
  const id = useId();
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title="Reviews" />
      <CardBody className="flex flex-wrap items-center justify-between gap-3">
        {review.due_count > 0 ? (
          <>
            <p className="text-sm">
              <span className="text-2xl font-semibold tabular-nums">{review.due_count}</span>{' '}
              {review.due_count === 1 ? 'card is' : 'cards are'} due for review.
            </p>
            <Link to="/learn/review" className={buttonClass('primary', 'lg')}>
              <CalendarClock aria-hidden className="size-4" />
              Review now
            </Link>
          </>
        ) : (
          <p className="text-sm text-muted">
            {review.next_due
              ? `Nothing to review now. Next review ${whenDue(review.next_due)}.`
              : 'Nothing to review yet: pass a lesson or play a drill, and it comes back here when it is time.'}
          </p>
        )}
      </CardBody>
    </Card>
  );
}

function ContinueCard({ page }: { page: LearnPageWire }) {
  const id = useId();
  const lesson = page.continue_lesson;
  if (!lesson) return null;
  const topic = page.topics.find((t) => t.id === lesson.topic_id);
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={lesson.status === 'in_progress' ? 'Continue' : 'Up next'} />
      <CardBody className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">{lesson.title}</p>
          <p className="text-sm text-muted">
            {topic ? `${topic.name} · ` : ''}
            {lesson.duration_minutes} min read
          </p>
        </div>
        <Link
          to={`/learn/lessons/${lesson.id}`}
          className={buttonClass('primary', 'lg')}
          aria-label={`${lesson.status === 'in_progress' ? 'Continue' : 'Start'}: ${lesson.title}`}
        >
          <BookOpenText aria-hidden className="size-4" />
          {lesson.status === 'in_progress' ? 'Continue' : 'Start'}
        </Link>
      </CardBody>
    </Card>
  );
}

function TopicCard({ topic }: { topic: TopicWire }) {
  const Icon = topicIcon(topic.icon);
  return (
    <li className="grid gap-3 rounded-xl border border-line bg-surface p-4 shadow-xs">
      <div className="flex items-start gap-3">
        <span
          aria-hidden
          className="grid size-10 shrink-0 place-items-center rounded-lg bg-accent-soft text-accent-text"
        >
          <Icon className="size-5" />
        </span>
        <div className="min-w-0">
          <h3 className="font-semibold">
            <Link to={`/learn/topics/${topic.id}`} className="hover:underline">
              {topic.name}
            </Link>
          </h3>
          <p className="text-sm text-muted">{topic.description}</p>
        </div>
      </div>
      <ProgressBar
        size="sm"
        value={topic.lessons_completed}
        max={topic.lessons_total}
        label={`Lessons completed in ${topic.name}`}
        valueText={`${topic.lessons_completed} of ${topic.lessons_total} lessons`}
      />
      <p className="text-xs text-muted">
        {topic.lessons_completed} / {topic.lessons_total} lessons
        {topic.drills_total > 0 && ` · ${topic.drills_total} drills`}
      </p>
    </li>
  );
}

/** Learn: the reviews due, the lesson to carry on with, the topics and the ear-training drills. */
export function LearnPage() {
  const page = useLearnPage();
  const topicsId = useId();
  const drillsId = useId();
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Learn"
        description={description}
        actions={
          <Link to="/learn/progress" className={buttonClass('secondary')}>
            <ChartLine aria-hidden className="size-4" />
            Progress
          </Link>
        }
      />
      <LearnNav />
      {page.isPending ? (
        <PageSkeleton />
      ) : page.isError ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} retrying={page.isFetching} />
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
          <div className="grid gap-4 md:grid-cols-2">
            <ReviewsCard review={page.data.review} />
            <ContinueCard page={page.data} />
          </div>
          <section aria-labelledby={topicsId} className="grid gap-3">
            <h2 id={topicsId} className="text-lg font-semibold">
              Topics
            </h2>
            <ul className="grid gap-3 md:grid-cols-2">
              {page.data.topics.map((t) => (
                <TopicCard key={t.id} topic={t} />
              ))}
            </ul>
          </section>
          {page.data.drills.length > 0 && (
            <section aria-labelledby={drillsId} className="grid gap-3">
              <h2 id={drillsId} className="text-lg font-semibold">
                Ear training
              </h2>
              <DrillGroups drills={page.data.drills} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
