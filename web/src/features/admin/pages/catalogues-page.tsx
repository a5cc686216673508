import { Library, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage, isApiError } from '@/lib/api-client';
import { hasPermission, useUser } from '@/lib/auth';
import { type CatalogueRowWire, useCatalogue, useDeleteCatalogueRow, useUpdateCatalogueRow } from '../api/catalogues';
import { AdminNav } from '../components/admin-nav';
import { type CatalogueSpec, catalogueSpecs } from '../components/catalogue-fields';
import { CatalogueForm } from '../components/catalogue-form';

/**
 * The catalogues: pick one, see its rows (inactive and admin-edited ones marked), create, edit,
 * and delete what no user has; a row users have is deactivated instead.
 */
export function CataloguesPage() {
  const user = useUser();
  const specs = catalogueSpecs.filter((s) => hasPermission(user, s.permission));
  const [params, setParams] = useSearchParams();
  const spec = specs.find((s) => s.name === params.get('catalogue')) ?? specs[0];
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Catalogues"
        description="Quests, achievements, skills, market items, learn and listening content."
      />
      <AdminNav />
      {spec ? (
        <>
          <div className="mb-4 max-w-xs">
            <Field label="Catalogue">
              {({ id }) => (
                <Select
                  id={id}
                  value={spec.name}
                  onChange={(e) => setParams({ catalogue: e.target.value }, { replace: true })}
                >
                  {specs.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <CatalogueTable key={spec.name} spec={spec} />
        </>
      ) : (
        <EmptyState icon={Library} title="No catalogues for you">
          Editing catalogues needs an administrator’s permission.
        </EmptyState>
      )}
    </div>
  );
}

type Editing = { row: CatalogueRowWire | null } | null;

function CatalogueTable({ spec }: { spec: CatalogueSpec }) {
  const rows = useCatalogue(spec.name);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CatalogueRowWire | null>(null);

  if (rows.isPending) return <ListSkeleton rows={6} />;
  if (rows.isError) {
    return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} retrying={rows.isFetching} />;
  }
  const nameOf = (row: CatalogueRowWire) => String(row[spec.titleField] ?? row.key);
  return (
    <section aria-labelledby="catalogue-rows">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="catalogue-rows" className="text-base font-semibold">
          {spec.label} <span className="text-sm font-normal text-muted">({rows.data.length})</span>
        </h2>
        <Button variant="primary" onClick={() => setEditing({ row: null })}>
          <Plus aria-hidden className="size-4" />
          New {spec.singular}
        </Button>
      </div>
      {rows.data.length === 0 ? (
        <EmptyState icon={Library} title={`No ${spec.label.toLowerCase()} yet`}>
          Create the first one.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line text-xs text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                  Key
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  State
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((row) => (
                <tr key={row.id} className="border-b border-line last:border-0">
                  <td className="px-3 py-2">
                    <span className={row.is_active ? 'text-fg' : 'text-muted'}>{nameOf(row)}</span>
                  </td>
                  <td className="hidden px-3 py-2 font-mono text-xs text-muted sm:table-cell">{row.key}</td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap gap-1">
                      {row.is_active ? <Badge tone="accent">Active</Badge> : <Badge>Inactive</Badge>}
                      {row.admin_edited_at && <Badge>Edited by admin</Badge>}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Edit ${nameOf(row)}`}
                        onClick={() => setEditing({ row })}
                      >
                        <Pencil aria-hidden className="size-4" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Delete ${nameOf(row)}`}
                        onClick={() => setDeleting(row)}
                      >
                        <Trash2 aria-hidden className="size-4" />
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <CatalogueForm
          key={editing.row?.id ?? 'new'}
          spec={spec}
          row={editing.row}
          open
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteDialog
          key={deleting.id}
          spec={spec}
          row={deleting}
          name={nameOf(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

/** Asks before deleting; when users have the row, offers to deactivate it instead. */
function DeleteDialog({
  spec,
  row,
  name,
  onClose,
}: {
  spec: CatalogueSpec;
  row: CatalogueRowWire;
  name: string;
  onClose: () => void;
}) {
  const remove = useDeleteCatalogueRow(spec.name);
  const deactivate = useUpdateCatalogueRow(spec.name);
  const refusal = isApiError(remove.error) && remove.error.code === 'in_use' ? remove.error : null;

  if (refusal) {
    return (
      <ConfirmDialog
        open
        onClose={onClose}
        title="Users have this — deactivate instead"
        description={refusal.message}
        confirmLabel={row.is_active ? 'Deactivate' : 'Close'}
        confirmVariant="primary"
        pending={deactivate.isPending}
        onConfirm={() =>
          row.is_active
            ? deactivate.mutate({ id: row.id, body: { is_active: false } }, { onSuccess: onClose })
            : onClose()
        }
      />
    );
  }
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Delete “${name}”?`}
      description={`The ${spec.singular} is removed for good. One that users have earned or worked on is kept and can be deactivated instead.`}
      confirmLabel={`Delete ${spec.singular}`}
      pending={remove.isPending}
      onConfirm={() => remove.mutate(row.id, { onSuccess: onClose })}
    >
      {remove.error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {errorMessage(remove.error)}
        </p>
      )}
    </ConfirmDialog>
  );
}
