import { CircleAlert } from 'lucide-react';
import { Fragment, type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { needsTerms, useSession } from '@/lib/auth';
import { safeRedirect } from '@/lib/redirect';
import { useProviders } from '../api/get-providers';
import { AuthShell } from '../components/auth-shell';
import { LocalSignInForm } from '../components/local-sign-in-form';
import { PasskeySignInButton } from '../components/passkey-sign-in-button';
import { ProviderButtons } from '../components/provider-buttons';
import { signInErrorMessage } from '../components/sign-in-error';

const supportsPasskeys = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

function Divider() {
  return (
    <div className="flex items-center gap-3 text-xs text-muted" aria-hidden>
      <span className="h-px flex-1 bg-line" />
      or
      <span className="h-px flex-1 bg-line" />
    </div>
  );
}

export function SignInPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const callbackError = signInErrorMessage(params.get('error'));
  const session = useSession();
  const providers = useProviders();

  // Signed in (now or already): continue to the terms if they are due, else where the user was going.
  if (session.data?.user) {
    const target = needsTerms(session.data) ? `/terms?redirect=${encodeURIComponent(redirect)}` : redirect;
    return <Navigate to={target} replace />;
  }

  let methods: ReactNode;
  if (providers.isPending) {
    methods = (
      <div role="status" aria-label="Loading sign-in options" className="grid gap-3">
        <Skeleton className="h-11" />
        <Skeleton className="h-11" />
      </div>
    );
  } else if (providers.isError) {
    methods = (
      <ErrorState
        title="Sign-in options could not be loaded"
        error={providers.error}
        onRetry={() => void providers.refetch()}
        retrying={providers.isFetching}
      />
    );
  } else {
    const { local, passkeys, oidc } = providers.data;
    const blocks: Array<[string, ReactNode]> = [];
    if (oidc.length > 0) blocks.push(['oidc', <ProviderButtons key="oidc" providers={oidc} redirect={redirect} />]);
    if (passkeys && supportsPasskeys()) blocks.push(['passkey', <PasskeySignInButton key="passkey" />]);
    if (local) blocks.push(['local', <LocalSignInForm key="local" />]);
    methods =
      blocks.length === 0 ? (
        <p className="text-sm text-muted">
          No sign-in method is configured on this server. The administrator can enable one in its settings.
        </p>
      ) : (
        <div className="grid gap-5">
          {blocks.map(([key, block], i) => (
            <Fragment key={key}>
              {i > 0 && <Divider />}
              {block}
            </Fragment>
          ))}
        </div>
      );
  }

  return (
    <AuthShell
      title="Sign in to Cadence"
      description="Plan the day, focus, and keep showing up."
      footer="Cadence is for people aged 13 and over. You will see the terms before you begin."
    >
      {callbackError && (
        <div role="alert" className="mb-5 flex gap-2.5 rounded-lg bg-danger-soft px-3.5 py-3 text-sm text-fg">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-danger" />
          <p>{callbackError}</p>
        </div>
      )}
      {methods}
    </AuthShell>
  );
}
