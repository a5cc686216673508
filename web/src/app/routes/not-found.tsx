import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { HOME_PATH } from '@/lib/redirect';

export function NotFound() {
  return (
    <div className="mx-auto w-full max-w-xl">
      <PageHeader title="Page not found" />
      <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface p-10 text-center">
        <Compass aria-hidden className="size-8 text-muted" />
        <p className="text-muted">There is nothing at this address. The menu or ⌘K will take you anywhere.</p>
        <Link to={HOME_PATH} className={buttonClass('primary')}>
          Go to Today
        </Link>
      </div>
    </div>
  );
}
