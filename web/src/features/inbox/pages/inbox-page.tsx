import { CheckCheck, Inbox } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyFilter, EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { useDeleteItem } from '../api/delete-item';
import { useInbox } from '../api/get-inbox';
import { useReadAll } from '../api/read-all';
import type { InboxItemWire, InboxKindFilter, InboxView } from '../api/types';
import { useUpdateItem } from '../api/update-item';
import { InboxItemRow, type ItemActions } from '../components/inbox-item-row';
import { InlineCapture } from '../components/inline-capture';
import { ProcessDialog } from '../components/process-dialog';
import { targetLabels } from '../utils/labels';

const views: Array<{ value: InboxView; label: string }> = [
  { value: 'inbox', label: 'Inbox' },
  { value: 'unread', label: 'Unread' },
  { value: 'archive', label: 'Archive' },
];

const kinds: Array<{ value: InboxKindFilter; label: string }> = [
  { value: 'all', label: 'Everything' },
  { value: 'capture', label: 'Captures' },
  { value: 'system', label: 'Notifications' },
];

const emptyText: Record<InboxView, string> = {
  inbox: '',
  unread: 'Nothing unread. You are all caught up.',
  archive: 'The archive is empty. Archived and processed items gather here.',
};

export function InboxPage() {
  const [params, setParam] = useAddressParams();
  const view = (views.find((v) => v.value === params.get('view'))?.value ?? 'inbox') as InboxView;
  const kind = (kinds.find((k) => k.value === params.get('kind'))?.value ?? 'all') as InboxKindFilter;
  const inbox = useInbox(view, kind);
  const update = useUpdateItem();
  const readAll = useReadAll();
  const remove = useDeleteItem();
  const [processing, setProcessing] = useState<InboxItemWire | null>(null);
  const [deleting, setDeleting] = useState<InboxItemWire | null>(null);

  const items = inbox.data?.pages.flatMap((p) => p.data) ?? [];
  const unread = inbox.data?.pages[0]?.unread_count ?? 0;

  const actions: ItemActions = {
    onToggleRead: (item) => update.mutate({ id: item.id, body: { read: item.read_at === null } }),
    onToggleArchive: (item) => {
      const archive = item.archived_at === null;
      update.mutate(
        { id: item.id, body: { archived: archive } },
        { onSuccess: () => toast.success(archive ? 'Archived' : 'Back in the inbox') },
      );
    },
    onProcess: setProcessing,
    onDelete: setDeleting,
  };

  let body: React.ReactNode;
  if (inbox.isPending) body = <ListSkeleton rows={4} />;
  else if (inbox.isError)
    body = (
      <ErrorState
        title="Your inbox could not be loaded"
        error={inbox.error}
        onRetry={() => void inbox.refetch()}
        retrying={inbox.isFetching}
      />
    );
  else if (items.length === 0)
    body =
      view === 'inbox' && kind === 'all' ? (
        <EmptyState icon={Inbox} title="Inbox zero">
          Anything that crosses your mind goes here: press ⌘I (Ctrl+I) on any page, or type above. Sort it into goals,
          habits and quests when you have a minute.
        </EmptyState>
      ) : (
        <EmptyFilter>{emptyText[view] || 'Nothing here with this filter.'}</EmptyFilter>
      );
  else
    body = (
      <div className="grid gap-3">
        <ul aria-label={views.find((v) => v.value === view)?.label} className="grid gap-2">
          {items.map((item) => (
            <InboxItemRow key={item.id} item={item} actions={actions} />
          ))}
        </ul>
        {inbox.hasNextPage && (
          <Button
            className="justify-self-center"
            onClick={() => void inbox.fetchNextPage()}
            loading={inbox.isFetchingNextPage}
          >
            Show more
          </Button>
        )}
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader
        title="Inbox"
        description={unread > 0 ? `${unread} unread. Capture now, sort later.` : 'Capture now, sort later.'}
        actions={
          <Button
            onClick={() =>
              readAll.mutate(undefined, {
                onSuccess: (r) =>
                  toast.success(r.updated === 1 ? '1 item marked read' : `${r.updated} items marked read`),
              })
            }
            loading={readAll.isPending}
            disabled={unread === 0}
          >
            {!readAll.isPending && <CheckCheck aria-hidden className="size-4" />}
            Mark all read
          </Button>
        }
      />
      <div className="mb-5 grid gap-4">
        <InlineCapture />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <SegmentedControl
            legend="Show"
            hideLegend
            size="sm"
            name="inbox-view"
            value={view}
            options={views}
            onChange={(v) => setParam({ view: v === 'inbox' ? null : v })}
          />
          <div className="flex items-center gap-2">
            <label htmlFor="inbox-kind" className="text-sm text-muted">
              Kind
            </label>
            <Select
              id="inbox-kind"
              className="h-8 w-auto"
              value={kind}
              onChange={(e) => setParam({ kind: e.target.value === 'all' ? null : e.target.value })}
            >
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          </div>
        </div>
      </div>
      {body}

      <ProcessDialog
        item={processing}
        onClose={() => setProcessing(null)}
        onProcessed={(result) => {
          setProcessing(null);
          toast.success(`${targetLabels[result.created.type]} “${result.created.title}” made; the item is archived`);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this item?"
        description="It is removed for good. Anything made from it stays."
        confirmLabel="Delete item"
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success('Item deleted');
              setDeleting(null);
            },
          })
        }
      />
    </div>
  );
}
