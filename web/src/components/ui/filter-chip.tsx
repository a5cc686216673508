import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './button';

/** A filter in force, shown as a chip that removes it when pressed; `label` names the action. */
export function FilterChip({
  children,
  label,
  onClear,
  className,
}: {
  children: ReactNode;
  label: string;
  onClear: () => void;
  className?: string;
}) {
  return (
    <Button size="sm" className={className} onClick={onClear} aria-label={label}>
      {children}
      <X aria-hidden className="size-3.5" />
    </Button>
  );
}
