import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Select } from '@/components/ui/field';
import { FilterChip } from '@/components/ui/filter-chip';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { type AdminFeedbackWire, useAdminFeedback } from '../api/feedback';
import { AdminNav } from '../components/admin-nav';
import { FeedbackTriage } from '../components/feedback-triage';
import {
  type FeedbackFilters,
  pickFilter,
  priorityLabels,
  priorityOptions,
  statusLabels,
  statusOptions,
  typeLabels,
  typeOptions,
} from '../utils/feedback-filters';

interface FilterSpec {
  key: keyof FeedbackFilters;
  label: string;
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
}

const filterSpecs: readonly FilterSpec[] = [
  { key: 'status', label: 'Status', values: statusOptions, labels: statusLabels },
  { key: 'type', label: 'Type', values: typeOptions, labels: typeLabels },
  { key: 'priority', label: 'Priority', values: priorityOptions, labels: priorityLabels },
];

/** Feedback triage: every user's messages, newest first, filtered; each opens to be answered. */
export function FeedbackPage() {
  const [filters, setFilters] = useState<FeedbackFilters>({});
  const [open, setOpen] = useState<AdminFeedbackWire | null>(null);
  const list = useAdminFeedback(filters);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const setFilter = (key: keyof FeedbackFilters, value: string | undefined) =>
    setFilters((f) => ({ ...f, [key]: value }));
  const active = filterSpecs.filter((s) => filters[s.key] !== undefined);

  let body: React.ReactNode;
  if (list.isPending) body = <ListSkeleton rows={3} />;
  else if (list.isError)
    body = (
      <ErrorState
        title="Feedback could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (items.length === 0)
    body = <EmptyFilter>{active.length > 0 ? 'No feedback matches these filters.' : 'No feedback yet.'}</EmptyFilter>;
  else
    body = (
      <div className="grid gap-3">
        <ul aria-label="Feedback" className="grid gap-2">
          {items.map((f) => (
            <li key={f.id} className="grid gap-1.5 rounded-xl border border-line bg-surface px-4 py-3 shadow-xs">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <button
                  type="button"
                  onClick={() => setOpen(f)}
                  className="min-w-0 text-left font-medium break-words text-accent-text hover:underline"
                >
                  {f.title}
                </button>
                <span className="flex flex-wrap gap-1.5">
                  <Badge>{typeLabels[f.type]}</Badge>
                  <Badge tone={f.status === 'open' ? 'neutral' : 'accent'}>
                    <span className="sr-only">Status: </span>
                    {statusLabels[f.status]}
                  </Badge>
                  <Badge>
                    <span className="sr-only">Priority: </span>
                    {priorityLabels[f.priority]}
                  </Badge>
                </span>
              </div>
              <p className="text-xs text-muted">
                {f.author.name} · <time dateTime={f.created_at}>{formatDate(f.created_at)}</time>
                {f.admin_response && ' · answered'}
              </p>
            </li>
          ))}
        </ul>
        <LoadMore list={list} />
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Feedback" description="Every user’s messages: read them, set their status and answer." />
      <AdminNav />
      <div className="grid gap-4">
        <search className="grid gap-3" aria-label="Filter feedback">
          <div className="grid gap-3 sm:grid-cols-3">
            {filterSpecs.map((spec) => (
              <Field key={spec.key} label={spec.label}>
                {({ id }) => (
                  <Select
                    id={id}
                    value={filters[spec.key] ?? ''}
                    onChange={(e) => setFilter(spec.key, pickFilter(spec.values, e.target.value))}
                  >
                    <option value="">Any</option>
                    {spec.values.map((v) => (
                      <option key={v} value={v}>
                        {spec.labels[v]}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            ))}
          </div>
          {active.length > 0 && (
            <div className="flex flex-wrap gap-2">
              {active.map((spec) => (
                <FilterChip
                  key={spec.key}
                  label={`Clear the ${spec.label.toLowerCase()} filter`}
                  onClear={() => setFilter(spec.key, undefined)}
                >
                  {spec.label}: {spec.labels[filters[spec.key] ?? '']}
                </FilterChip>
              ))}
            </div>
          )}
        </search>
        {body}
      </div>
      <FeedbackTriage item={open} onClose={() => setOpen(null)} onSaved={setOpen} />
    </div>
  );
}
