import { LogIn } from 'lucide-react';
import { buttonClass } from '@/components/ui/button';
import { browserTimeZone } from '@/lib/time-zone';
import { type Providers, providerSignInUrl } from '../api/get-providers';

/** One full-page link per configured OpenID Connect provider. */
export function ProviderButtons({ providers, redirect }: { providers: Providers['oidc']; redirect: string }) {
  return (
    <div className="grid gap-2">
      {providers.map((p) => (
        <a
          key={p.id}
          href={providerSignInUrl(p.id, redirect, browserTimeZone())}
          className={buttonClass('secondary', 'lg', 'w-full')}
        >
          <LogIn aria-hidden className="size-4" />
          Continue with {p.name}
        </a>
      ))}
    </div>
  );
}
