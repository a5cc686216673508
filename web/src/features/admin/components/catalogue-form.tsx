import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { type CatalogueRowWire, useCatalogue, useCreateCatalogueRow, useUpdateCatalogueRow } from '../api/catalogues';
import { type CatalogueSpec, type FieldSpec, specOf } from './catalogue-fields';
import {
  errorsFromDetails,
  type FormErrors,
  type FormValues,
  fieldsOf,
  fromFormValues,
  toFormValues,
} from './catalogue-form-values';

interface CatalogueFormProps {
  spec: CatalogueSpec;
  /** The row to edit; null to create one. */
  row: CatalogueRowWire | null;
  open: boolean;
  onClose: () => void;
}

/** Creates or edits one catalogue row in a dialog; the contract checks it before it is sent. */
export function CatalogueForm({ spec, row, open, onClose }: CatalogueFormProps) {
  const [values, setValues] = useState<FormValues>(() => toFormValues(spec, row));
  const [errors, setErrors] = useState<FormErrors>({});
  const create = useCreateCatalogueRow(spec.name);
  const update = useUpdateCatalogueRow(spec.name, { errorToast: false });
  const pending = create.isPending || update.isPending;
  const set = (name: string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, errors: found } = fromFormValues(spec, values, row);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (row && Object.keys(body).length === 0) return onClose();
    const refused = (error: unknown) =>
      setErrors(
        isApiError(error) ? errorsFromDetails(error.details, error.message) : { _form: 'Could not save. Try again.' },
      );
    if (row) update.mutate({ id: row.id, body }, { onSuccess: onClose, onError: refused });
    else create.mutate(body, { onSuccess: onClose, onError: refused });
  };

  const title = row ? `Edit ${spec.singular}` : `New ${spec.singular}`;
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate className="grid min-w-0 gap-4 [overflow-wrap:anywhere]">
        {row ? (
          <p className="text-sm text-muted">
            Key <code className="font-mono text-fg">{row.key}</code> (fixed once created)
          </p>
        ) : (
          <KeyField spec={spec} value={String(values.key)} error={errors.key} onChange={(v) => set('key', v)} />
        )}
        {fieldsOf(spec).map((field) => (
          <FieldControl
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            error={errors[field.name]}
            onChange={(v) => set(field.name, v)}
          />
        ))}
        {errors._form && (
          <p role="alert" className="text-sm font-medium text-danger">
            {errors._form}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={pending}>
            {row ? 'Save changes' : `Create ${spec.singular}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function KeyField({
  spec,
  value,
  error,
  onChange,
}: {
  spec: CatalogueSpec;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label="Key" hint="Lower-case letters, digits and _; it cannot change later" error={error}>
      {({ id, describedBy, invalid }) =>
        spec.keyOptions ? (
          <Select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">Choose…</option>
            {spec.keyOptions.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={value}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

interface FieldControlProps {
  field: FieldSpec;
  value: string | boolean;
  error?: string;
  onChange: (value: string | boolean) => void;
}

function FieldControl({ field, value, error, onChange }: FieldControlProps) {
  if (field.kind === 'boolean') {
    return (
      <label className="flex items-center gap-2 text-sm font-medium text-fg">
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
          className="size-4 accent-accent"
        />
        {field.label}
      </label>
    );
  }
  return (
    <Field label={field.label} hint={field.hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = { id, 'aria-describedby': describedBy, 'aria-invalid': invalid, value: String(value) };
        switch (field.kind) {
          case 'textarea':
            return <Textarea {...common} rows={field.rows ?? 3} onChange={(e) => onChange(e.target.value)} />;
          case 'json':
          case 'lines':
            return (
              <Textarea
                {...common}
                rows={field.kind === 'json' ? 6 : 3}
                spellCheck={false}
                className={field.kind === 'json' ? 'font-mono text-xs' : undefined}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case 'select':
            return (
              <Select {...common} onChange={(e) => onChange(e.target.value)}>
                <option value="">{field.nullable ? 'None' : 'Choose…'}</option>
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {o.replaceAll('_', ' ')}
                  </option>
                ))}
              </Select>
            );
          case 'reference':
            return <ReferenceSelect field={field} common={common} onChange={onChange} />;
          case 'number':
            return <Input {...common} type="number" inputMode="numeric" onChange={(e) => onChange(e.target.value)} />;
          case 'datetime':
            return <Input {...common} type="datetime-local" onChange={(e) => onChange(e.target.value)} />;
          default:
            return <Input {...common} autoComplete="off" onChange={(e) => onChange(e.target.value)} />;
        }
      }}
    </Field>
  );
}

function ReferenceSelect({
  field,
  common,
  onChange,
}: {
  field: Extract<FieldSpec, { kind: 'reference' }>;
  common: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean; value: string };
  onChange: (value: string) => void;
}) {
  const target = specOf(field.catalogue);
  const rows = useCatalogue(field.catalogue);
  return (
    <Select {...common} onChange={(e) => onChange(e.target.value)}>
      <option value="">{field.nullable ? 'None' : 'Choose…'}</option>
      {(rows.data ?? []).map((r) => (
        <option key={r.id} value={r.id}>
          {String(r[target.titleField] ?? r.key)}
        </option>
      ))}
    </Select>
  );
}
