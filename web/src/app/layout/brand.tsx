import { Link } from 'react-router';
import { Logo } from '@/components/ui/logo';
import { cn } from '@/lib/cn';
import { HOME_PATH } from '@/lib/redirect';

/** The logo mark and wordmark, linking home. */
export function Brand({ compact = false }: { compact?: boolean }) {
  return (
    <Link
      to={HOME_PATH}
      aria-label={compact ? 'Cadence home' : undefined}
      className="flex items-center gap-2 rounded-md font-semibold tracking-tight text-fg"
    >
      <Logo />
      <span className={cn('text-[15px]', compact && 'sr-only')}>Cadence</span>
    </Link>
  );
}
