import { useQueryClient } from '@tanstack/react-query';
import { CalendarPlus, ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { DayKey } from '#common/time/day';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { calendarKeys } from '@/lib/query-keys';
import { useDeleteEvent } from '../api/delete-event';
import { eventQueryOptions } from '../api/get-event';
import { useOccurrences } from '../api/get-occurrences';
import { useSetException } from '../api/set-exception';
import type { CalendarItemWire } from '../api/types';
import { useUpdateEvent } from '../api/update-event';
import { type Editing, EventDialog } from '../components/event-dialog';
import { FeedCard } from '../components/feed-card';
import { MonthGrid } from '../components/month-grid';
import { TimeGrid } from '../components/time-grid';
import { dayOf, periodLabel, rangeOf, step, type View, visibleDays } from '../utils/dates';
import { newEventValues } from '../utils/event-values';
import { itemKey } from '../utils/layout';

const views: Array<{ value: View; label: string }> = [
  { value: 'month', label: 'Month' },
  { value: 'week', label: 'Week' },
  { value: 'day', label: 'Day' },
];

type Scope = 'event' | 'series' | 'occurrence';
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function PlannerPage() {
  const user = useUser();
  const tz = user.timezone;
  const client = useQueryClient();
  const today = dayOf(new Date(), tz);
  const [params, setParams] = useSearchParams();
  const view = (views.find((v) => v.value === params.get('view'))?.value ?? 'week') as View;
  const dateParam = params.get('date');
  const anchor = dateParam && DAY_KEY.test(dateParam) ? dateParam : today;
  const days = visibleDays(view, anchor);
  const { from, to } = rangeOf(days, tz);
  const occurrences = useOccurrences(from, to);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<{ item: CalendarItemWire; scope: Scope } | null>(null);
  const [moving, setMoving] = useState<{ item: CalendarItemWire; start: Date } | null>(null);
  const update = useUpdateEvent();
  const setException = useSetException();
  const remove = useDeleteEvent();

  const go = (next: { view?: View; date?: DayKey }) =>
    setParams(
      (p) => {
        if (next.view) p.set('view', next.view);
        if (next.date) p.set('date', next.date);
        return p;
      },
      { replace: true },
    );
  const openDay = (day: DayKey) => go({ view: 'day', date: day });
  const open = (item: CalendarItemWire) =>
    setEditing({ kind: 'edit', item, scope: item.recurrence_rule ? 'occurrence' : 'event' });

  /** Shows the move at once; the server's answer then replaces the guess. */
  const showMoved = (item: CalendarItemWire, start: Date) => {
    const shift = start.getTime() - Date.parse(item.start_time);
    client.setQueryData<CalendarItemWire[]>(calendarKeys.range(from, to), (list) =>
      list?.map((i) =>
        itemKey(i) === itemKey(item)
          ? {
              ...i,
              start_time: start.toISOString(),
              end_time: i.end_time ? new Date(Date.parse(i.end_time) + shift).toISOString() : null,
            }
          : i,
      ),
    );
    return shift;
  };

  const move = async (item: CalendarItemWire, start: Date, scope: Scope) => {
    const shift = showMoved(item, start);
    const end = item.end_time ? new Date(Date.parse(item.end_time) + shift).toISOString() : null;
    const options = { onSuccess: () => toast.success('Event moved') };
    if (scope === 'occurrence') {
      setException.mutate(
        {
          id: item.id,
          body: { occurrence_start: item.occurrence_start, start_time: start.toISOString(), end_time: end },
        },
        options,
      );
    } else if (scope === 'series') {
      try {
        const series = await client.fetchQuery(eventQueryOptions(item.id));
        const seriesStart = new Date(Date.parse(series.start_time) + shift).toISOString();
        const seriesEnd = series.end_time ? new Date(Date.parse(series.end_time) + shift).toISOString() : null;
        update.mutate({ id: item.id, body: { start_time: seriesStart, end_time: seriesEnd } }, options);
      } catch (error) {
        // Reading the series failed, before any change was sent.
        toast.error(errorMessage(error));
        void client.invalidateQueries({ queryKey: calendarKeys.ranges });
      }
    } else {
      update.mutate({ id: item.id, body: { start_time: start.toISOString(), end_time: end } }, options);
    }
  };

  const onMove = (item: CalendarItemWire, start: Date) => {
    if (item.recurrence_rule) setMoving({ item, start });
    else void move(item, start, 'event');
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const { item, scope } = deleting;
    const after = {
      onSuccess: () => {
        setDeleting(null);
        setEditing(null);
        toast.success(scope === 'occurrence' ? 'Occurrence removed' : `${item.title} deleted`);
      },
    };
    if (scope === 'occurrence') {
      setException.mutate({ id: item.id, body: { occurrence_start: item.occurrence_start, cancelled: true } }, after);
    } else remove.mutate(item.id, after);
  };

  const items = occurrences.data ?? [];
  const unit = { month: 'month', week: 'week', day: 'day' }[view];
  let body: React.ReactNode;
  if (occurrences.isPending) {
    body = (
      <div role="status" aria-label="Loading" className="grid gap-2">
        <Skeleton className="h-12" />
        <Skeleton className="h-[28rem]" />
      </div>
    );
  } else if (occurrences.isError) {
    body = (
      <ErrorState
        title="Your calendar could not be loaded"
        error={occurrences.error}
        onRetry={() => void occurrences.refetch()}
        retrying={occurrences.isFetching}
      />
    );
  } else {
    const props = { days, today, items, tz, onOpen: open, onOpenDay: openDay };
    body = (
      <>
        {items.length === 0 && (
          <p className="mb-3 rounded-lg bg-subtle px-4 py-3 text-sm text-muted">
            Nothing planned this {unit}. Add a session, a rehearsal or a rest day with “New event”.
          </p>
        )}
        {view === 'month' ? (
          <MonthGrid {...props} month={anchor.slice(0, 7)} />
        ) : (
          <TimeGrid {...props} onMove={onMove} />
        )}
      </>
    );
  }

  return (
    <div className="mx-auto w-full max-w-6xl">
      <PageHeader
        title="Planner"
        description="Your month, week and day. Drag an event in the week or day view to move it."
        actions={
          <Button
            variant="primary"
            onClick={() => setEditing({ kind: 'create', values: newEventValues(anchor, 9 * 60, tz) })}
          >
            <CalendarPlus aria-hidden className="size-4" />
            New event
          </Button>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => go({ date: step(view, anchor, -1) })}
            aria-label={`Previous ${unit}`}
          >
            <ChevronLeft aria-hidden className="size-4" />
          </Button>
          <Button size="sm" variant="secondary" onClick={() => go({ date: today })}>
            Today
          </Button>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => go({ date: step(view, anchor, 1) })}
            aria-label={`Next ${unit}`}
          >
            <ChevronRight aria-hidden className="size-4" />
          </Button>
          <h2 className="ml-1 text-lg font-semibold" aria-live="polite" data-testid="planner-period">
            {periodLabel(view, anchor)}
          </h2>
        </div>
        <SegmentedControl
          legend="View"
          hideLegend
          size="sm"
          name="planner-view"
          value={view}
          options={views}
          onChange={(v) => go({ view: v })}
        />
      </div>
      <div className="mb-8">{body}</div>
      <FeedCard />

      <EventDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onScope={(scope) => setEditing((e) => (e?.kind === 'edit' ? { ...e, scope } : e))}
        onDelete={(item, scope) => setDeleting({ item, scope })}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={
          deleting?.scope === 'occurrence' ? 'Remove this occurrence?' : `Delete ${deleting?.item.title ?? 'event'}?`
        }
        description={
          deleting?.scope === 'occurrence'
            ? 'Only this one disappears; the rest of the series stays.'
            : deleting?.scope === 'series'
              ? 'Every occurrence of the series is removed.'
              : 'The event is removed for good.'
        }
        confirmLabel={deleting?.scope === 'occurrence' ? 'Remove occurrence' : 'Delete'}
        pending={remove.isPending || setException.isPending}
        onConfirm={confirmDelete}
      />
      <Dialog
        open={moving !== null}
        onClose={() => setMoving(null)}
        title="Move a repeating event"
        description="Move only this occurrence, or every occurrence by the same amount?"
      >
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setMoving(null)}>
            Cancel
          </Button>
          <Button
            onClick={() => {
              if (moving) void move(moving.item, moving.start, 'series');
              setMoving(null);
            }}
          >
            The whole series
          </Button>
          <Button
            variant="primary"
            data-autofocus
            onClick={() => {
              if (moving) void move(moving.item, moving.start, 'occurrence');
              setMoving(null);
            }}
          >
            Only this occurrence
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
