import type { ReactNode } from 'react';
import { Logo } from '@/components/ui/logo';
import { useDocumentTitle } from '@/components/ui/page-header';

interface AuthShellProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The centred card the signed-out pages share. */
export function AuthShell({ title, description, children, footer }: AuthShellProps) {
  useDocumentTitle(title);
  return (
    <div className="flex min-h-dvh flex-col bg-canvas px-4 py-10 text-fg sm:py-16">
      <main id="main" className="mx-auto flex w-full max-w-[420px] flex-1 flex-col">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo className="mb-5 size-11" />
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {description && <p className="mt-2 text-[15px] text-muted">{description}</p>}
        </div>
        <div className="rounded-2xl border border-line bg-surface p-6 shadow-sm sm:p-7">{children}</div>
        {footer && <div className="mt-6 text-center text-sm text-muted">{footer}</div>}
      </main>
    </div>
  );
}
