import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useCreateEvent } from '../api/create-event';
import { useEvent } from '../api/get-event';
import { useSetException } from '../api/set-exception';
import type { CalendarEventWire, CalendarItemWire } from '../api/types';
import { useUpdateEvent } from '../api/update-event';
import type { EventFormValues } from '../utils/event-values';
import { EventForm } from './event-form';

export type Editing =
  | { kind: 'create'; values: EventFormValues }
  | { kind: 'edit'; item: CalendarItemWire; scope: 'event' | 'series' | 'occurrence' };

const valuesOf = (e: CalendarEventWire | CalendarItemWire): EventFormValues => ({
  title: e.title,
  description: e.description,
  event_type: e.event_type,
  all_day: e.all_day,
  start_time: new Date(e.start_time).toISOString(),
  end_time: e.end_time ? new Date(e.end_time).toISOString() : null,
  timezone: e.timezone,
  location: e.location,
  color: e.color,
  reminders: e.reminders,
  recurrence_rule: e.recurrence_rule,
});

interface EventDialogProps {
  editing: Editing | null;
  onScope: (scope: 'series' | 'occurrence') => void;
  onClose: () => void;
  onDelete: (item: CalendarItemWire, scope: 'event' | 'series' | 'occurrence') => void;
}

/**
 * Creates an event, or edits one: a repeating event's occurrence alone (an exception) or its
 * whole series (the series' own values, from its first start).
 */
export function EventDialog({ editing, onScope, onClose, onDelete }: EventDialogProps) {
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const setException = useSetException();
  const series = useEvent(editing?.kind === 'edit' && editing.scope === 'series' ? editing.item.id : null);
  const done = (message: string) => () => {
    onClose();
    toast.success(message);
  };

  const save = (values: EventFormValues) => {
    if (!editing) return;
    if (editing.kind === 'create') {
      create.mutate(values, { onSuccess: done('Event added') });
      return;
    }
    const { item, scope } = editing;
    if (scope === 'occurrence') {
      const { title, description, start_time, end_time, location, color } = values;
      setException.mutate(
        {
          id: item.id,
          body: { occurrence_start: item.occurrence_start, title, description, start_time, end_time, location, color },
        },
        { onSuccess: done('This occurrence was changed') },
      );
      return;
    }
    update.mutate({ id: item.id, body: values }, { onSuccess: done('Event saved') });
  };

  let body: React.ReactNode = null;
  if (editing?.kind === 'create') {
    body = (
      <EventForm
        initial={editing.values}
        scope="event"
        submitLabel="Add event"
        saving={create.isPending}
        onSubmit={save}
        onCancel={onClose}
      />
    );
  } else if (editing?.kind === 'edit') {
    const { item, scope } = editing;
    const initial = scope === 'series' ? (series.data ? valuesOf(series.data) : null) : valuesOf(item);
    const deleteLabel = { event: 'Delete event', series: 'Delete series', occurrence: 'Delete this occurrence' }[scope];
    body = (
      <div className="grid gap-4">
        {item.recurrence_rule && (
          <SegmentedControl
            legend="Change"
            name="event-scope"
            size="sm"
            value={scope === 'series' ? 'series' : 'occurrence'}
            options={[
              { value: 'occurrence', label: 'This occurrence' },
              { value: 'series', label: 'Whole series' },
            ]}
            onChange={onScope}
          />
        )}
        {initial ? (
          <EventForm
            key={scope}
            initial={initial}
            scope={scope}
            submitLabel={scope === 'occurrence' ? 'Save occurrence' : 'Save event'}
            saving={update.isPending || setException.isPending}
            onSubmit={save}
            onCancel={onClose}
            extra={
              <Button variant="ghost" onClick={() => onDelete(item, scope)}>
                {deleteLabel}
              </Button>
            }
          />
        ) : series.isError ? (
          <p className="text-sm text-danger">{errorMessage(series.error)}</p>
        ) : (
          <div role="status" aria-label="Loading" className="grid gap-3">
            <Skeleton className="h-9" />
            <Skeleton className="h-9" />
            <Skeleton className="h-24" />
          </div>
        )}
      </div>
    );
  }

  return (
    <Dialog
      open={editing !== null}
      onClose={onClose}
      title={editing?.kind === 'edit' ? 'Edit event' : 'New event'}
      className="w-[min(36rem,calc(100vw-1.5rem))] overflow-y-auto"
    >
      {body}
    </Dialog>
  );
}
