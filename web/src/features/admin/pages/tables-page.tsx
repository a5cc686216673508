import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';
import { EmptyFilter } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input, Select } from '@/components/ui/field';
import { LoadMore } from '@/components/ui/load-more';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import {
  type AdminTableRowWire,
  type AdminTableWire,
  type TableFilter,
  useAdminTableRows,
  useAdminTables,
} from '../api/tables';
import { AdminNav } from '../components/admin-nav';

/** A cell as text: empty for null, JSON for objects and lists. */
export function cellText(value: AdminTableRowWire[string] | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Read-only browsing of the tables the server allows, a page at a time, filtered by one column. */
export function TablesPage() {
  const tables = useAdminTables();
  const [name, setName] = useState<string | null>(null);
  const [filter, setFilter] = useState<TableFilter | null>(null);
  const tableId = useId();
  const chosen = tables.data?.find((t) => t.name === name) ?? null;

  return (
    <div className="mx-auto w-full max-w-6xl">
      <PageHeader title="Tables" description="Read-only rows of the tables that hold no private content or secrets." />
      <AdminNav />
      {tables.isPending ? (
        <Skeleton className="h-40 rounded-xl" />
      ) : tables.isError ? (
        <ErrorState error={tables.error} onRetry={() => void tables.refetch()} retrying={tables.isFetching} />
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
          <Card>
            <CardBody className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:items-end">
              <Field label="Table">
                {({ id }) => (
                  <Select
                    id={id}
                    value={name ?? ''}
                    onChange={(e) => {
                      setName(e.target.value || null);
                      setFilter(null);
                    }}
                  >
                    <option value="">Choose a table</option>
                    {tables.data.map((t) => (
                      <option key={t.name} value={t.name}>
                        {t.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              {chosen && <p className="text-sm text-muted">{chosen.description}</p>}
              {chosen && chosen.filters.length > 0 && (
                <FilterForm key={chosen.name} table={chosen} filter={filter} onApply={setFilter} />
              )}
            </CardBody>
          </Card>
          {chosen ? (
            <Rows key={chosen.name} table={chosen} filter={filter} labelId={tableId} />
          ) : (
            <EmptyFilter>Choose a table to see its rows.</EmptyFilter>
          )}
        </div>
      )}
    </div>
  );
}

function FilterForm({
  table,
  filter,
  onApply,
}: {
  table: AdminTableWire;
  filter: TableFilter | null;
  onApply: (filter: TableFilter | null) => void;
}) {
  const [column, setColumn] = useState(filter?.column ?? table.filters[0] ?? '');
  const [value, setValue] = useState(filter?.value ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(value.trim() ? { column, value: value.trim() } : null);
  };
  return (
    <form
      onSubmit={submit}
      className="grid gap-3 sm:col-span-2 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_auto_auto] sm:items-end"
    >
      <Field label="Filter by">
        {({ id }) => (
          <Select id={id} value={column} onChange={(e) => setColumn(e.target.value)}>
            {table.filters.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Equal to">
        {({ id }) => <Input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />}
      </Field>
      <Button type="submit" variant="primary">
        Apply
      </Button>
      <Button
        disabled={!filter}
        onClick={() => {
          setValue('');
          onApply(null);
        }}
      >
        Clear
      </Button>
    </form>
  );
}

function Rows({ table, filter, labelId }: { table: AdminTableWire; filter: TableFilter | null; labelId: string }) {
  const rows = useAdminTableRows(table.name, filter);
  if (rows.isPending) return <Skeleton className="h-60 rounded-xl" />;
  if (rows.isError)
    return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} retrying={rows.isFetching} />;
  const all = rows.data.pages.flatMap((p) => p.data);
  if (all.length === 0)
    return <EmptyFilter>No rows{filter ? ` where ${filter.column} is “${filter.value}”` : ''}.</EmptyFilter>;
  return (
    <div className="grid gap-3">
      <section
        aria-label={`${table.name} rows`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-line bg-surface"
      >
        <table aria-labelledby={labelId} className="w-full text-left text-sm">
          <caption id={labelId} className="sr-only">
            {`Rows of ${table.name}${filter ? `, ${filter.column} equal to ${filter.value}` : ''}, newest first`}
          </caption>
          <thead>
            <tr className="border-b border-line">
              {table.columns.map((c) => (
                <th key={c.name} scope="col" className="whitespace-nowrap px-3 py-2 font-medium text-muted">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((row) => (
              <tr
                key={table.order.map((k) => cellText(row[k])).join('|')}
                className="border-b border-line last:border-0"
              >
                {table.columns.map((c) => (
                  <td
                    key={c.name}
                    className="max-w-xs truncate whitespace-nowrap px-3 py-1.5 font-mono text-xs"
                    title={cellText(row[c.name])}
                  >
                    {cellText(row[c.name])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="flex items-center gap-3">
        <p className="text-sm text-muted" aria-live="polite">
          {`${all.length} ${all.length === 1 ? 'row' : 'rows'} shown`}
        </p>
        <LoadMore list={rows} className="" />
      </div>
    </div>
  );
}
