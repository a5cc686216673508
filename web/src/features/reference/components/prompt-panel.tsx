import { Headphones } from 'lucide-react';
import { Link } from 'react-router';
import type { ListeningPromptState } from '#common/contracts/listening';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { usePromptTemplate } from '../api/get-prompt';

/** The listening prompt started on this track: what to listen for, its hints and its set-up. */
export function PromptPanel({ state }: { state: ListeningPromptState }) {
  const template = usePromptTemplate(state.prompt);
  return (
    <Card aria-labelledby="prompt-panel-title">
      <CardHeader
        id="prompt-panel-title"
        title={
          <span className="inline-flex items-center gap-2">
            <Headphones aria-hidden className="size-4" />
            {template.data ? template.data.title : 'Listening prompt'}
          </span>
        }
        action={
          <Link
            to={`/reference/prompts/${state.prompt}`}
            className="text-sm font-medium text-accent-text hover:underline"
          >
            About this prompt
          </Link>
        }
      />
      <CardBody className="grid gap-3">
        {template.isPending && <Skeleton className="h-16" />}
        {template.isError && (
          <ErrorState
            title="This prompt could not be loaded"
            error={template.error}
            onRetry={() => void template.refetch()}
            retrying={template.isFetching}
          />
        )}
        {template.data && (
          <>
            <p className="text-[15px] leading-relaxed text-fg">{template.data.prompt}</p>
            {template.data.hints.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-fg">Hints</h3>
                <ul className="mt-1 list-disc pl-5 text-sm text-muted">
                  {template.data.hints.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {state.loop && (
          <p className="text-sm text-muted">
            Loop {state.loop} {state.loop === 1 ? 'bar' : 'bars'}: playing a region loops it.
          </p>
        )}
      </CardBody>
    </Card>
  );
}
