import { MessageSquare } from 'lucide-react';
import { useId } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useFeedbackList } from '../api/get-feedback';
import { useSendFeedback } from '../api/send-feedback';
import { FeedbackForm } from '../components/feedback-form';
import { FeedbackList } from '../components/feedback-list';

export function FeedbackPage() {
  const formHeading = useId();
  const listHeading = useId();
  const list = useFeedbackList();
  const send = useSendFeedback();
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  let listBody: React.ReactNode;
  if (list.isPending) listBody = <ListSkeleton rows={2} />;
  else if (list.isError)
    listBody = (
      <ErrorState
        title="Your feedback could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (items.length === 0)
    listBody = (
      <div className="grid justify-items-center gap-3 rounded-xl border border-line bg-surface px-6 py-10 text-center">
        <MessageSquare aria-hidden className="size-6 text-muted" />
        <p className="max-w-sm text-sm text-muted">
          Nothing sent yet. What you send shows here, with its status and any response.
        </p>
      </div>
    );
  else
    listBody = (
      <div className="grid gap-3">
        <FeedbackList items={items} />
        {list.hasNextPage && (
          <Button
            className="justify-self-center"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            Show older
          </Button>
        )}
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title="Feedback" description="Tell us what works, what does not, and what you wish for." />
      <div className="grid gap-8">
        <Card aria-labelledby={formHeading}>
          <CardHeader id={formHeading} title="Send feedback" description="Every message is read." />
          <CardBody>
            <FeedbackForm
              sending={send.isPending}
              onSend={(body) =>
                send.mutateAsync(body).then(
                  () => {
                    toast.success('Thank you! Your feedback was sent.');
                    return true;
                  },
                  () => false, // the default mutation toast says why
                )
              }
            />
          </CardBody>
        </Card>
        <section aria-labelledby={listHeading} className="grid gap-3">
          <h2 id={listHeading} className="text-lg font-semibold">
            What you sent
          </h2>
          {listBody}
        </section>
      </div>
    </div>
  );
}
