import { cn } from '@/lib/cn';

/** The Cadence mark, drawn in the current accent. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn('size-7 shrink-0', className)}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path d="M9 20c2-8 5-12 7-12s3 6 3 9 1 5 3 5" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
