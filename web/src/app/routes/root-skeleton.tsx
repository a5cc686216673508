import { Skeleton } from '@/components/ui/skeleton';

/** The app's outline while the first page loads. */
export function RootSkeleton() {
  return (
    <div role="status" aria-label="Loading Cadence" className="flex min-h-dvh bg-canvas">
      <div className="hidden w-60 shrink-0 space-y-3 border-r border-line p-4 md:block">
        <Skeleton className="h-7 w-28" />
        <Skeleton className="h-8" />
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} className="h-6" />
        ))}
      </div>
      <div className="flex-1 space-y-6 px-4 py-10 sm:px-10">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
        <Skeleton className="h-40 max-w-3xl" />
      </div>
    </div>
  );
}
