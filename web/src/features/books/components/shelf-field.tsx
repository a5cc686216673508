import type { BookStatus } from '#common/contracts/books';
import { Field, Select } from '@/components/ui/field';
import { shelves } from '../utils';

/** The shelf a book is on, as a form field. */
export function ShelfField({ value, onChange }: { value: BookStatus; onChange: (status: BookStatus) => void }) {
  return (
    <Field label="Shelf">
      {({ id }) => (
        <Select id={id} value={value} onChange={(e) => onChange(e.target.value as BookStatus)}>
          {shelves.map((s) => (
            <option key={s.status} value={s.status}>
              {s.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
