import { CheckCircle2, Circle, CircleDot } from 'lucide-react';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ProgressBar } from '@/components/ui/progress-bar';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useTopic } from '../api/reads';
import type { LessonSummaryWire } from '../api/types';
import { DrillGroups } from '../components/drill-list';
import { difficultyLabels, statusLabels } from '../utils/labels';

function LessonRow({ lesson, index }: { lesson: LessonSummaryWire; index: number }) {
  const Icon = lesson.status === 'completed' ? CheckCircle2 : lesson.status === 'in_progress' ? CircleDot : Circle;
  const status =
    lesson.status === 'completed' && lesson.best_score !== null
      ? `${statusLabels.completed} · best ${lesson.best_score}%`
      : statusLabels[lesson.status];
  return (
    <li className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3 shadow-xs">
      <Icon
        aria-hidden
        className={
          lesson.status === 'completed' ? 'mt-0.5 size-5 shrink-0 text-success' : 'mt-0.5 size-5 shrink-0 text-muted'
        }
      />
      <div className="grid min-w-0 flex-1 gap-1">
        <Link to={`/learn/lessons/${lesson.id}`} className="font-medium text-fg hover:underline">
          <span className="text-muted tabular-nums">{index + 1}. </span>
          {lesson.title}
        </Link>
        <p className="text-sm text-muted">{lesson.summary}</p>
        <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
          <Badge tone={lesson.status === 'completed' ? 'accent' : 'neutral'}>{status}</Badge>
          <span>{lesson.duration_minutes} min read</span>
          <span>{difficultyLabels[lesson.difficulty]}</span>
        </div>
      </div>
    </li>
  );
}

/** A topic: its lessons in order with their status and reading time, and its drills. */
export function TopicPage() {
  const { id = '' } = useParams();
  const topic = useTopic(id);
  const lessonsId = useId();
  const drillsId = useId();
  if (topic.isPending) return <PageSkeleton />;
  if (topic.isError)
    return <ErrorState error={topic.error} onRetry={() => void topic.refetch()} retrying={topic.isFetching} />;
  const t = topic.data;
  return (
    <div className="mx-auto w-full max-w-3xl">
      <BackLink to="/learn">Learn</BackLink>
      <PageHeader title={t.name} description={t.description} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <ProgressBar
          value={t.lessons_completed}
          max={t.lessons_total}
          label={`Lessons completed in ${t.name}`}
          valueText={`${t.lessons_completed} of ${t.lessons_total} lessons`}
        />
        <section aria-labelledby={lessonsId} className="grid gap-3">
          <h2 id={lessonsId} className="text-lg font-semibold">
            Lessons{' '}
            <span className="text-sm font-normal text-muted">
              ({t.lessons_completed} / {t.lessons_total} completed)
            </span>
          </h2>
          <ol className="grid gap-2">
            {t.lessons.map((l, i) => (
              <LessonRow key={l.id} lesson={l} index={i} />
            ))}
          </ol>
        </section>
        {t.drills.length > 0 && (
          <section aria-labelledby={drillsId} className="grid gap-3">
            <h2 id={drillsId} className="text-lg font-semibold">
              Ear training
            </h2>
            <DrillGroups drills={t.drills} />
          </section>
        )}
      </div>
    </div>
  );
}
