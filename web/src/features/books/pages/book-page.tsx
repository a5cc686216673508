import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/skeleton';
import { useDeleteBook } from '../api/delete-book';
import { useBook } from '../api/get-book';
import { BookDetailsForm } from '../components/book-details-form';
import { CoverEditor } from '../components/cover-editor';
import { LogReadingDialog } from '../components/log-reading-dialog';
import { SessionList } from '../components/session-list';
import { pagesText, statusLabel } from '../utils';

/** One book: its cover, details, rating and notes, its sessions, and logging more. */
export function BookPage() {
  const { id = '' } = useParams();
  const book = useBook(id);
  const navigate = useNavigate();
  const remove = useDeleteBook();
  const [logging, setLogging] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const detailsId = useId();
  const sessionsId = useId();

  if (book.isPending) return <PageSkeleton />;
  if (book.isError) {
    return (
      <div className="mx-auto w-full max-w-3xl">
        <PageHeader title="Book" />
        <ErrorState error={book.error} onRetry={() => void book.refetch()} retrying={book.isFetching} />
      </div>
    );
  }
  const b = book.data;
  return (
    <div className="mx-auto w-full max-w-3xl">
      <BackLink to="/books">Books</BackLink>
      <PageHeader
        title={b.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {b.author && <span>{b.author}</span>}
            <Badge>{statusLabel(b.status)}</Badge>
            <span>{pagesText(b)}</span>
          </span>
        }
        actions={
          <Button variant="primary" onClick={() => setLogging(true)}>
            Log reading
          </Button>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card aria-labelledby={detailsId}>
          <CardHeader id={detailsId} title="Details" />
          <CardBody className="grid gap-6 sm:grid-cols-[auto_minmax(0,1fr)]">
            <CoverEditor book={b} />
            <BookDetailsForm key={b.updated_at} book={b} />
          </CardBody>
        </Card>
        <Card aria-labelledby={sessionsId}>
          <CardHeader id={sessionsId} title="Reading sessions" />
          <CardBody>
            <SessionList book={b} />
          </CardBody>
        </Card>
        <div>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete book
          </Button>
        </div>
      </div>
      <LogReadingDialog book={b} open={logging} onClose={() => setLogging(false)} />
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={`Delete ${b.title}?`}
        description="Its sessions and cover go with it. What its reading earned stays."
        confirmLabel="Delete book"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(b.id, { onSuccess: () => navigate('/books') })}
      />
    </div>
  );
}
