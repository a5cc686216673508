import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ListSkeleton } from '@/components/ui/skeleton';
import { useAbandonQuest } from '../api/abandon-quest';
import { useAcceptQuest } from '../api/accept-quest';
import { useCompleteQuest } from '../api/complete-quest';
import { useCreateQuest } from '../api/create-quest';
import { useDeleteQuest } from '../api/delete-quest';
import { useQuests } from '../api/get-quests';
import type { PersonalQuestWire, QuestListFilter } from '../api/types';
import { useUpdateQuest } from '../api/update-quest';
import { PersonalQuestRow, type QuestRowAction } from './personal-quest-row';
import { QuestForm } from './quest-form';

const emptyText: Record<QuestListFilter, string> = {
  open: 'No quests of your own yet. Write one for something you want to get done; the harder it is, the more it pays.',
  completed: 'Quests you complete will be kept here.',
  abandoned: 'Nothing abandoned. Letting a quest go is fine too.',
};

type Confirm = { action: 'abandon' | 'delete'; quest: PersonalQuestWire } | null;

/** The user's own quests: write, accept, step through, complete, abandon, delete. */
export function PersonalQuestsCard({
  creating,
  onCreatingChange,
}: {
  creating: boolean;
  onCreatingChange: (open: boolean) => void;
}) {
  const headingId = useId();
  const [filter, setFilter] = useState<QuestListFilter>('open');
  const quests = useQuests(filter);
  const create = useCreateQuest();
  const accept = useAcceptQuest();
  const complete = useCompleteQuest();
  const abandon = useAbandonQuest();
  const remove = useDeleteQuest();
  const update = useUpdateQuest();
  const [confirm, setConfirm] = useState<Confirm>(null);

  const busyFor = (id: string): QuestRowAction | null => {
    if (accept.isPending && accept.variables === id) return 'accept';
    if (complete.isPending && complete.variables === id) return 'complete';
    if (abandon.isPending && abandon.variables === id) return 'abandon';
    if (remove.isPending && remove.variables === id) return 'delete';
    if (update.isPending && update.variables?.id === id) return 'step';
    return null;
  };
  const onAction = (action: QuestRowAction, q: PersonalQuestWire) => {
    if (action === 'accept') accept.mutate(q.id);
    else if (action === 'complete') complete.mutate(q.id);
    else if (action === 'step') update.mutate({ id: q.id, progress: Math.min(q.target, q.progress + 1) });
    else setConfirm({ action, quest: q });
  };
  const confirmed = () => {
    if (!confirm) return;
    const run = confirm.action === 'abandon' ? abandon : remove;
    run.mutate(confirm.quest.id, { onSettled: () => setConfirm(null) });
  };

  let body: React.ReactNode;
  if (quests.isPending) body = <ListSkeleton rows={3} />;
  else if (quests.isError)
    body = <ErrorState error={quests.error} onRetry={() => void quests.refetch()} retrying={quests.isFetching} />;
  else {
    const list = quests.data.pages.flatMap((p) => p.data);
    body =
      list.length === 0 ? (
        <div className="grid justify-items-center gap-3 py-6 text-center">
          <p className="max-w-md text-sm text-muted">{emptyText[filter]}</p>
          {filter === 'open' && (
            <Button onClick={() => onCreatingChange(true)}>
              <Plus aria-hidden className="size-4" />
              Write a quest
            </Button>
          )}
        </div>
      ) : (
        <div className="grid gap-4">
          <ul className="divide-y divide-line" aria-labelledby={headingId}>
            {list.map((q) => (
              <PersonalQuestRow key={q.id} quest={q} busy={busyFor(q.id)} onAction={onAction} />
            ))}
          </ul>
          {quests.hasNextPage && (
            <Button
              className="justify-self-center"
              onClick={() => void quests.fetchNextPage()}
              loading={quests.isFetchingNextPage}
            >
              Show more
            </Button>
          )}
        </div>
      );
  }

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Your quests"
        description="Challenges you set yourself. Accept one when you mean to do it."
        action={
          <SegmentedControl
            legend="Show"
            hideLegend
            size="sm"
            name="quest-filter"
            value={filter}
            options={[
              { value: 'open', label: 'Open' },
              { value: 'completed', label: 'Completed' },
              { value: 'abandoned', label: 'Abandoned' },
            ]}
            onChange={setFilter}
          />
        }
      />
      <CardBody>{body}</CardBody>
      <Dialog
        open={creating}
        onClose={() => onCreatingChange(false)}
        title="New quest"
        description="The difficulty sets the reward."
        className="w-[min(40rem,calc(100vw-1.5rem))]"
      >
        <QuestForm
          saving={create.isPending}
          onCancel={() => onCreatingChange(false)}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: () => {
                onCreatingChange(false);
                setFilter('open');
                toast.success('Quest created. Accept it when you are ready.');
              },
            })
          }
        />
      </Dialog>
      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm?.action === 'delete' ? 'Delete this quest?' : 'Abandon this quest?'}
        description={confirm?.quest.title}
        confirmLabel={confirm?.action === 'delete' ? 'Delete quest' : 'Abandon quest'}
        pending={abandon.isPending || remove.isPending}
        onConfirm={confirmed}
      >
        <p className="text-sm text-muted">
          {confirm?.action === 'delete'
            ? 'It disappears from your list. XP and coins it paid stay yours.'
            : 'It moves to Abandoned without a reward. That is fine: not every quest is worth finishing.'}
        </p>
      </ConfirmDialog>
    </Card>
  );
}
