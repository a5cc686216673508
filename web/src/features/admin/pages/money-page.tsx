import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { hasPermission, useUser } from '@/lib/auth';
import { AdminNav } from '../components/admin-nav';
import { AnalysisQueue } from '../components/analysis-queue';
import { UserPurchases } from '../components/user-purchases';

/** Purchases and refunds (market:manage) and the analysis queue (system:admin): each part with its permission. */
export function MoneyPage() {
  const user = useUser();
  // A link to another user's purchases (`?user=`) starts the part afresh, its field included.
  const [params] = useSearchParams();
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader title="Money and jobs" description="Find and refund a user’s purchase; watch the analysis queue." />
      <AdminNav />
      <div className="grid gap-6">
        {hasPermission(user, 'market:manage') && <UserPurchases key={params.get('user') ?? ''} />}
        {hasPermission(user, 'system:admin') && <AnalysisQueue />}
      </div>
    </div>
  );
}
