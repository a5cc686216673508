import { Monitor, Moon, Palette, Sun } from 'lucide-react';
import { isPurchasedTheme, purchasedThemes, type Theme } from '@/lib/appearance';
import { SegmentedControl } from './segmented-control';

const options = [
  { value: 'light' as const, label: 'Light', icon: Sun },
  { value: 'dark' as const, label: 'Dark', icon: Moon },
  { value: 'system' as const, label: 'System', icon: Monitor },
];

interface ThemePickerProps {
  name: string;
  value: Theme;
  onChange: (theme: Theme) => void;
  size?: 'sm' | 'md';
}

/**
 * Light / Dark / System. A theme bought in the Market is named beside them ("Ocean, from the
 * Market") with none of the three chosen, so choosing any of them, System too, replaces it.
 */
export function ThemePicker({ name, value, onChange, size }: ThemePickerProps) {
  const purchased = isPurchasedTheme(value) ? purchasedThemes[value] : null;
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <SegmentedControl
        legend="Theme"
        name={name}
        size={size}
        value={purchased ? '' : value === 'light' || value === 'dark' ? value : 'system'}
        options={options}
        onChange={onChange}
      />
      {purchased && (
        <p
          data-testid="purchased-theme"
          className={
            size === 'sm'
              ? 'flex items-center gap-1.5 text-xs text-muted'
              : 'flex items-center gap-1.5 pb-1.5 text-sm text-muted'
          }
        >
          <Palette aria-hidden className="size-4 text-accent-text" />
          {purchased}, from the Market
        </p>
      )}
    </div>
  );
}
