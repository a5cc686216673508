import { Plus } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { EmptyFilter, EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FilterChip } from '@/components/ui/filter-chip';
import { PageHeader } from '@/components/ui/page-header';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAddressParams } from '@/lib/address-params';
import { errorMessage } from '@/lib/api-client';
import { useCreateNote } from '../api/create-note';
import { useDeleteNote } from '../api/delete-note';
import { useNote } from '../api/get-note';
import { useNotes } from '../api/get-notes';
import type { NoteBody, NoteWire } from '../api/types';
import { useUpdateNote } from '../api/update-note';
import { NoteCard } from '../components/note-card';
import { NoteForm } from '../components/note-form';
import type { NoteKindInfo } from '../utils/kinds';

type Editing = { kind: 'create' } | { kind: 'edit'; note: NoteWire } | null;

/**
 * The page of one kind of note (Ideas, Infobase, References): the list (pinned first) or the
 * archive, filtered by a category or tag picked from a note, with writing, editing, pinning,
 * archiving and deleting. `?open=<id>` opens a note for editing (search results link there).
 */
export function NotesPage({ info, children }: { info: NoteKindInfo; children?: ReactNode }) {
  const [params, setParam] = useAddressParams();
  const archived = params.get('view') === 'archive';
  const category = params.get('category') ?? undefined;
  const tag = params.get('tag') ?? undefined;
  const notes = useNotes(info, { archived, category, tag });
  const openId = params.get('open');
  const opened = useNote(info, openId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<NoteWire | null>(null);
  const create = useCreateNote(info);
  const update = useUpdateNote(info);
  const remove = useDeleteNote(info);

  // A note opened from a link is edited once it has loaded; closing the dialog clears the link.
  const dialog: Editing = editing ?? (openId && opened.data ? { kind: 'edit', note: opened.data } : null);
  const closeDialog = () => {
    setEditing(null);
    if (openId) setParam({ open: null });
  };

  const save = (values: NoteBody) => {
    if (dialog?.kind === 'edit') {
      update.mutate(
        { id: dialog.note.id, body: values },
        {
          onSuccess: () => {
            closeDialog();
            toast.success('Saved');
          },
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: () => {
          closeDialog();
          toast.success(`${info.noun[0]?.toUpperCase()}${info.noun.slice(1)} added`);
          if (archived) setParam({ view: null });
        },
      });
    }
  };

  const change = (note: NoteWire, body: { is_pinned?: boolean; archived?: boolean }, done: string) =>
    update.mutate({ id: note.id, body }, { onSuccess: () => toast.success(done) });

  const list = notes.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = category !== undefined || tag !== undefined;
  const Icon = info.icon;

  let body: ReactNode;
  if (notes.isPending) body = <ListSkeleton rows={3} />;
  else if (notes.isError)
    body = (
      <ErrorState
        title={`Your ${info.title.toLowerCase()} could not be loaded`}
        error={notes.error}
        onRetry={() => void notes.refetch()}
        retrying={notes.isFetching}
      />
    );
  else if (list.length === 0 && !archived && !filtered)
    body = (
      <EmptyState
        icon={Icon}
        title={info.emptyTitle}
        action={
          <Button variant="primary" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden className="size-4" />
            Add {info.noun === 'entry' ? 'an entry' : `a${/^[aeiou]/.test(info.noun) ? 'n' : ''} ${info.noun}`}
          </Button>
        }
      >
        {info.emptyText}
      </EmptyState>
    );
  else if (list.length === 0)
    body = (
      <EmptyFilter>
        {filtered ? 'Nothing here with this filter.' : 'The archive is empty. Archived notes rest here.'}
      </EmptyFilter>
    );
  else
    body = (
      <div className="grid gap-4">
        <div className="grid gap-4 md:grid-cols-2">
          {list.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              onEdit={() => setEditing({ kind: 'edit', note })}
              onPin={() => change(note, { is_pinned: !note.is_pinned }, note.is_pinned ? 'Unpinned' : 'Pinned')}
              onArchive={() =>
                change(note, { archived: !archived }, archived ? `${note.title} is back` : `${note.title} archived`)
              }
              onDelete={() => setDeleting(note)}
              onFilter={(f) => setParam({ category: f.category ?? category ?? null, tag: f.tag ?? tag ?? null })}
            />
          ))}
        </div>
        {notes.hasNextPage && (
          <Button
            className="justify-self-center"
            onClick={() => void notes.fetchNextPage()}
            loading={notes.isFetchingNextPage}
          >
            Show more
          </Button>
        )}
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title={info.title}
        description={info.description}
        actions={
          <Button variant="primary" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden className="size-4" />
            New {info.noun}
          </Button>
        }
      />
      {children}
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <SegmentedControl
          legend="Show"
          hideLegend
          size="sm"
          name={`${info.kind}-view`}
          value={archived ? 'archive' : 'list'}
          options={[
            { value: 'list', label: info.title },
            { value: 'archive', label: 'Archive' },
          ]}
          onChange={(v) => setParam({ view: v === 'archive' ? 'archive' : null })}
        />
        {category && (
          <FilterChip onClear={() => setParam({ category: null })} label={`Stop showing only ${category}`}>
            {category}
          </FilterChip>
        )}
        {tag && (
          <FilterChip onClear={() => setParam({ tag: null })} label={`Stop showing only the tag ${tag}`}>
            #{tag}
          </FilterChip>
        )}
      </div>
      {openId && opened.isError && (
        <p role="alert" className="mb-4 text-sm text-danger">
          That {info.noun} could not be opened: {errorMessage(opened.error)}
        </p>
      )}
      {body}

      <Dialog
        open={dialog !== null}
        onClose={closeDialog}
        title={dialog?.kind === 'edit' ? `Edit ${info.noun}` : `New ${info.noun}`}
        className="sm:max-w-2xl"
      >
        {dialog && (
          <NoteForm
            key={dialog.kind === 'edit' ? dialog.note.id : 'new'}
            info={info}
            initial={dialog.kind === 'edit' ? dialog.note : undefined}
            saving={create.isPending || update.isPending}
            onSubmit={save}
            onCancel={closeDialog}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.title ?? info.noun}?`}
        description={`The ${info.noun} is removed for good. Archiving keeps it out of the way instead.`}
        confirmLabel={`Delete ${info.noun}`}
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success(`${deleting.title} deleted`);
              setDeleting(null);
            },
          })
        }
      />
    </div>
  );
}
