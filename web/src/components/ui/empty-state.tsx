import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  /** What to do first: a button or a few. */
  action?: ReactNode;
}

/** A section with nothing in it yet: what it is for and how to begin. */
export function EmptyState({ icon: Icon, title, children, action }: EmptyStateProps) {
  return (
    <div className="grid justify-items-center gap-4 rounded-2xl border border-line bg-surface px-6 py-12 text-center">
      <span className="grid size-12 place-items-center rounded-xl bg-accent-soft text-accent-text">
        <Icon aria-hidden className="size-6" />
      </span>
      <div>
        <h2 className="text-lg font-semibold">{title}</h2>
        <p className="mt-1 max-w-md text-sm text-muted">{children}</p>
      </div>
      {action}
    </div>
  );
}

/** A list that a filter emptied. */
export function EmptyFilter({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-xl border border-line bg-surface px-5 py-8 text-center text-sm text-muted">{children}</p>
  );
}
