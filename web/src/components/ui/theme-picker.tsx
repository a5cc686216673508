import { Monitor, Moon, Sun } from 'lucide-react';
import type { Theme } from '@/lib/appearance';
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

/** Light / Dark / System. A purchased theme shows as System here (it follows the device's mode). */
export function ThemePicker({ name, value, onChange, size }: ThemePickerProps) {
  return (
    <SegmentedControl
      legend="Theme"
      name={name}
      size={size}
      value={value === 'light' || value === 'dark' ? value : 'system'}
      options={options}
      onChange={onChange}
    />
  );
}
