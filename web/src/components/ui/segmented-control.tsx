import type { LucideIcon } from 'lucide-react';
import { cn } from '@/lib/cn';

interface Option<T extends string> {
  value: T;
  label: string;
  icon?: LucideIcon;
}

interface SegmentedControlProps<T extends string> {
  legend: string;
  /** Hide the legend visually (it is still read by screen readers). */
  hideLegend?: boolean;
  name: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
  size?: 'sm' | 'md';
}

/** A row of mutually exclusive choices, built on native radio buttons (arrow keys work). */
export function SegmentedControl<T extends string>({
  legend,
  hideLegend,
  name,
  value,
  options,
  onChange,
  size = 'md',
}: SegmentedControlProps<T>) {
  return (
    <fieldset className="min-w-0">
      <legend className={cn('mb-1.5 text-sm font-medium text-fg', hideLegend && 'sr-only')}>{legend}</legend>
      <div className="inline-flex max-w-full rounded-lg border border-line bg-subtle p-0.5">
        {options.map(({ value: v, label, icon: Icon }) => (
          <label
            key={v}
            className={cn(
              'relative flex cursor-pointer items-center gap-1.5 rounded-md font-medium text-muted transition',
              'has-[:checked]:bg-surface has-[:checked]:text-fg has-[:checked]:shadow-sm',
              'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
              size === 'sm' ? 'px-2 py-1 text-xs' : 'px-3 py-1.5 text-sm',
            )}
          >
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              className="sr-only"
            />
            {Icon && <Icon aria-hidden className="size-4" />}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
