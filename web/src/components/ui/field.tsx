import { type ComponentProps, type ReactNode, useId } from 'react';
import { FIRST_DAY, LAST_DAY } from '#common/contracts/base';
import { cn } from '@/lib/cn';

export const controlClass = cn(
  'block w-full rounded-lg border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs',
  'placeholder:text-muted/80 focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-0',
  'disabled:opacity-60 aria-invalid:border-danger',
);

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled form control with an optional hint and error message. */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('grid gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-xs font-medium text-danger" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The days the API accepts, as a date or date-time input's default bounds (the browser's picker keeps to them). */
const dayBounds: Partial<Record<string, { min: string; max: string }>> = {
  date: { min: FIRST_DAY, max: LAST_DAY },
  'datetime-local': { min: `${FIRST_DAY}T00:00`, max: `${LAST_DAY}T23:59` },
};

export function Input({ className, ...rest }: ComponentProps<'input'>) {
  const bounds = rest.type ? dayBounds[rest.type] : undefined;
  return <input className={cn(controlClass, 'h-9', className)} {...bounds} {...rest} />;
}

export function Select({ className, ...rest }: ComponentProps<'select'>) {
  return <select className={cn(controlClass, 'h-9 pr-8', className)} {...rest} />;
}

export function Textarea({ className, ...rest }: ComponentProps<'textarea'>) {
  return <textarea className={cn(controlClass, 'py-2', className)} {...rest} />;
}
