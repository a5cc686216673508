import { Download } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { type AuditEntryWire, useAuditLog } from '../api/audit';
import { AdminNav } from '../components/admin-nav';
import { AuditFilterForm } from '../components/audit-filter-form';
import { type AuditDraft, type AuditQuery, auditCsvHref, emptyAuditDraft } from '../utils/audit-filters';

const statusLabels: Record<AuditEntryWire['status'], string> = {
  success: 'Success',
  failure: 'Failure',
  denied: 'Denied',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function AuditRow({ entry: e }: { entry: AuditEntryWire }) {
  return (
    <li className="grid gap-1 rounded-lg border border-line bg-surface px-3.5 py-2.5 text-sm shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 font-medium break-words">
          {e.event_type}
          {e.action && <span className="text-muted"> · {e.action}</span>}
        </p>
        <Badge tone={e.status === 'success' ? 'neutral' : 'accent'}>
          <span className="sr-only">Status: </span>
          {statusLabels[e.status]}
        </Badge>
      </div>
      <p className="text-xs break-all text-muted">
        <time dateTime={e.created_at}>{when(e.created_at)}</time> · {e.actor ? e.actor.name : 'no one signed in'}
        {e.target && (
          <>
            {' '}
            · {e.target.type}
            {e.target.id && <span className="font-mono"> {e.target.id}</span>}
          </>
        )}
        {e.ip && <> · {e.ip}</>}
      </p>
      {(e.details || e.request_id || e.actor) && (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted">More</summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 break-all">
            {e.actor && (
              <>
                <dt className="text-muted">Actor id</dt>
                <dd className="font-mono">{e.actor.id}</dd>
              </>
            )}
            {e.request_id && (
              <>
                <dt className="text-muted">Request</dt>
                <dd className="font-mono">{e.request_id}</dd>
              </>
            )}
            {e.details && (
              <>
                <dt className="text-muted">Details</dt>
                <dd>
                  <pre className="font-mono whitespace-pre-wrap">{JSON.stringify(e.details, null, 2)}</pre>
                </dd>
              </>
            )}
          </dl>
        </details>
      )}
    </li>
  );
}

/** The audit log: who did what to what and when, filtered, newest first, and as a CSV download. */
export function AuditPage() {
  const [applied, setApplied] = useState<{ query: AuditQuery; draft: AuditDraft }>({
    query: {},
    draft: emptyAuditDraft,
  });
  const [formKey, setFormKey] = useState(0);
  const list = useAuditLog(applied.query);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Object.keys(applied.query).length > 0;

  let body: React.ReactNode;
  if (list.isPending) body = <ListSkeleton rows={4} />;
  else if (list.isError)
    body = (
      <ErrorState
        title="The audit log could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (items.length === 0)
    body = <EmptyFilter>{filtered ? 'Nothing matches these filters.' : 'Nothing recorded yet.'}</EmptyFilter>;
  else
    body = (
      <div className="grid gap-3">
        <ul aria-label="Audit log" className="grid gap-2">
          {items.map((e) => (
            <AuditRow key={e.id} entry={e} />
          ))}
        </ul>
        <LoadMore list={list} />
      </div>
    );

  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Audit log"
        description="Sign-ins, role changes, purchases and admin actions, newest first."
        actions={
          <a href={auditCsvHref(applied.query)} download className={buttonClass('secondary')}>
            <Download aria-hidden className="size-4" />
            Download CSV
          </a>
        }
      />
      <AdminNav />
      <div className="grid gap-6">
        <AuditFilterForm
          key={formKey}
          initial={applied.draft}
          onApply={(query, draft) => setApplied({ query, draft })}
          onClear={() => {
            setApplied({ query: {}, draft: emptyAuditDraft });
            setFormKey((k) => k + 1);
          }}
        />
        {body}
      </div>
    </div>
  );
}
