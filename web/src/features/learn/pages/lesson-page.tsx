import { ArrowRight, RotateCcw, Sparkles } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Markdown } from '@/components/markdown';
import { BackLink } from '@/components/ui/back-link';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { celebrate, rewardText } from '@/lib/rewards';
import { useLesson } from '../api/reads';
import type { LessonCompletionWire, LessonWire } from '../api/types';
import { useCompleteLesson, useStartLesson } from '../api/writes';
import { Quiz, QuizResults } from '../components/quiz';
import { difficultyLabels } from '../utils/labels';

function LessonQuiz({ lesson }: { lesson: LessonWire }) {
  const complete = useCompleteLesson(lesson.id);
  const [done, setDone] = useState<LessonCompletionWire | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  const submit = (answers: number[][]) =>
    complete.mutate(answers, {
      onSuccess: (completion) => {
        setDone(completion);
        celebrate(completion.reward, { title: lesson.title });
      },
    });

  const retry = () => {
    setDone(null);
    complete.reset();
    setAttempt((n) => n + 1);
  };

  return (
    <section aria-labelledby={headingId} className="grid gap-4 border-t border-line pt-6">
      <h2 id={headingId} className="text-xl font-semibold">
        Quiz
      </h2>
      {done ? (
        <div ref={resultRef} tabIndex={-1} className="grid gap-4 outline-none">
          <QuizResults questions={lesson.quiz} completion={done} />
          {done.reward && (
            <p className="flex items-center gap-2 text-sm font-medium text-accent-text">
              <Sparkles aria-hidden className="size-4" />
              Lesson complete: {rewardText(done.reward.xp, done.reward.coins)}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button onClick={retry}>
              <RotateCcw aria-hidden className="size-4" />
              Try again
            </Button>
            {lesson.next_lesson_id ? (
              <Link to={`/learn/lessons/${lesson.next_lesson_id}`} className={buttonClass('primary')}>
                Next lesson
                <ArrowRight aria-hidden className="size-4" />
              </Link>
            ) : (
              <Link to={`/learn/topics/${lesson.topic.id}`} className={buttonClass('primary')}>
                Back to {lesson.topic.name}
              </Link>
            )}
          </div>
        </div>
      ) : (
        <>
          <p className="text-sm text-muted">
            {lesson.quiz.length} questions.{' '}
            {lesson.progress.best_score !== null && `Your best so far: ${lesson.progress.best_score}%.`}
          </p>
          <Quiz key={attempt} questions={lesson.quiz} onSubmit={submit} pending={complete.isPending} />
          {complete.isError && (
            <p role="alert" className="text-sm text-danger">
              {errorMessage(complete.error)}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** A lesson: its text, then its quiz, marked on the server; started when it opens. */
export function LessonPage() {
  const { id = '' } = useParams();
  const lesson = useLesson(id);
  const start = useStartLesson();
  const { mutate: startLesson } = start;

  useEffect(() => {
    if (id) startLesson(id);
  }, [id, startLesson]);

  if (lesson.isPending) return <PageSkeleton />;
  if (lesson.isError)
    return <ErrorState error={lesson.error} onRetry={() => void lesson.refetch()} retrying={lesson.isFetching} />;
  const l = lesson.data;
  return (
    <article className="mx-auto w-full max-w-2xl">
      <BackLink to={`/learn/topics/${l.topic.id}`}>{l.topic.name}</BackLink>
      <PageHeader
        title={l.title}
        description={`${l.duration_minutes} min read · ${difficultyLabels[l.difficulty]}${l.progress.status === 'completed' ? ' · Completed' : ''}`}
      />
      <Markdown className="mb-8">{l.content_markdown}</Markdown>
      <LessonQuiz key={l.id} lesson={l} />
    </article>
  );
}
