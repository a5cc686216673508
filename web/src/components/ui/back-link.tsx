import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The link back up to the page a detail page belongs to ("← Books"), above its header. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="mb-4 inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
      <ArrowLeft aria-hidden className="size-4" />
      {children}
    </Link>
  );
}
