import { catalogueContracts } from '#common/contracts/admin';
import type { CatalogueRowWire } from '../api/catalogues';
import { type CatalogueSpec, commonFields, type FieldSpec } from './catalogue-fields';

/** What the form holds: text for every control but the checkboxes. */
export type FormValues = Record<string, string | boolean>;
/** Field name → message; `_form` for what belongs to no one field. */
export type FormErrors = Record<string, string>;

export const fieldsOf = (spec: CatalogueSpec): FieldSpec[] => [...spec.fields, ...commonFields];

/** `2026-03-01T10:00:00.000Z` → `2026-03-01T11:00` in the browser's zone (a datetime-local input's value). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function toText(field: FieldSpec, value: unknown): string | boolean {
  if (field.kind === 'boolean') return Boolean(value);
  if (value === null || value === undefined) return '';
  if (field.kind === 'json') return JSON.stringify(value, null, 2);
  if (field.kind === 'lines') return (value as string[]).join('\n');
  if (field.kind === 'datetime') return toLocalInput(String(value));
  return String(value);
}

/** The form's starting values: the row's, or blanks (and the table's defaults) for a new row. */
export function toFormValues(spec: CatalogueSpec, row: CatalogueRowWire | null): FormValues {
  const values: FormValues = { key: row?.key ?? '' };
  for (const field of fieldsOf(spec)) {
    const fallback = field.name === 'is_active' ? true : field.name === 'sort_order' ? 0 : undefined;
    values[field.name] = toText(field, row ? row[field.name] : fallback);
  }
  return values;
}

/** The value the API takes for one field, or an error message. */
function parseField(field: FieldSpec, raw: string | boolean): { value: unknown } | { error: string } {
  if (field.kind === 'boolean') return { value: raw === true };
  const text = String(raw);
  if (text.trim() === '' && field.nullable) return { value: null };
  switch (field.kind) {
    case 'number':
      return text.trim() === '' || Number.isNaN(Number(text)) ? { error: 'Enter a number' } : { value: Number(text) };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: 'This is not valid JSON' };
      }
    case 'lines':
      return {
        value: text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      };
    case 'datetime': {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? { error: 'Enter a date and time' } : { value: d.toISOString() };
    }
    default:
      return { value: text };
  }
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b) ||
  (typeof a === 'string' && typeof b === 'string' && !Number.isNaN(Date.parse(a)) && Date.parse(a) === Date.parse(b));

/**
 * The request body from the form, checked against the catalogue's contract: every filled field
 * for a new row, only the changed ones for an edit (an empty object when nothing changed).
 */
export function fromFormValues(
  spec: CatalogueSpec,
  values: FormValues,
  row: CatalogueRowWire | null,
): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const body: Record<string, unknown> = {};
  const key = String(values.key ?? '').trim();
  if (!row && key) body.key = key;
  for (const field of fieldsOf(spec)) {
    const raw = values[field.name] ?? '';
    // Left blank on a new row: the table's default, or the contract says it is required.
    if (!row && typeof raw === 'string' && raw.trim() === '') continue;
    const parsed = parseField(field, raw);
    if ('error' in parsed) {
      errors[field.name] = parsed.error;
      continue;
    }
    if (row && same(row[field.name], parsed.value)) continue;
    if (!row && parsed.value === null) continue;
    body[field.name] = parsed.value;
  }
  if (Object.keys(errors).length > 0) return { body, errors };
  if (row && Object.keys(body).length === 0) return { body, errors };
  const contract = catalogueContracts[spec.name];
  const checked = (row ? contract.update : contract.create).safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const name = String(issue.path[0] ?? '_form');
      const message = issue.path.length === 1 && body[name] === undefined ? 'Required' : issue.message;
      errors[name] ??= issue.path.length > 1 ? `${issue.path.slice(1).join('.')}: ${message}` : message;
    }
  }
  return { body, errors };
}

/** The API's refusal details, by field (a detail's path starts with the field's name). */
export function errorsFromDetails(details: { path: string; message: string }[], fallback: string): FormErrors {
  const errors: FormErrors = {};
  for (const d of details) {
    const [name, ...rest] = d.path.split('.');
    const key = name || '_form';
    errors[key] ??= rest.length > 0 ? `${rest.join('.')}: ${d.message}` : d.message;
  }
  if (Object.keys(errors).length === 0) errors._form = fallback;
  return errors;
}
