import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium',
        tone === 'accent' ? 'bg-accent-soft text-accent-text' : 'bg-subtle text-muted',
      )}
    >
      {children}
    </span>
  );
}
