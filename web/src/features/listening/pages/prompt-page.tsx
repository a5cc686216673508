import { ChevronLeft, Headphones } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { useDocumentTitle } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api-client';
import { useListeningTemplate } from '../api/get-template';
import { TemplateDetail } from '../components/template-detail';

/** One listening prompt (`/reference/prompts/:key`; an id works too). */
export function PromptPage() {
  const { key = '' } = useParams();
  const template = useListeningTemplate(key);
  useDocumentTitle(template.data ? `${template.data.title} · Listening prompts` : 'Listening prompts');

  let body: React.ReactNode;
  if (template.isPending) body = <PageSkeleton />;
  else if (template.isError) {
    const missing = isApiError(template.error) && (template.error.status === 404 || template.error.status === 400);
    body = missing ? (
      <EmptyState
        icon={Headphones}
        title="This prompt is not in the library"
        action={
          <Link to="/reference/prompts" className={buttonClass('secondary')}>
            See every prompt
          </Link>
        }
      >
        It may have been retired, or the address is mistyped.
      </EmptyState>
    ) : (
      <ErrorState
        title="This prompt could not be loaded"
        error={template.error}
        onRetry={() => void template.refetch()}
        retrying={template.isFetching}
      />
    );
  } else body = <TemplateDetail template={template.data} />;

  return (
    <div className="mx-auto w-full max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4">
        <Link
          to="/reference/prompts"
          className="inline-flex items-center gap-1 text-sm font-medium text-muted hover:text-fg"
        >
          <ChevronLeft aria-hidden className="size-4" />
          Listening prompts
        </Link>
      </nav>
      {!template.isSuccess && <h1 className="sr-only">Listening prompt</h1>}
      {body}
    </div>
  );
}
