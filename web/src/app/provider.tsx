import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Toaster } from 'sonner';
import { useAppearance } from '@/lib/appearance';
import { queryClient } from '@/lib/query-client';

/** Toasts follow the app's theme (read from the cached settings, never fetched here). */
function AppToaster() {
  const { scheme } = useAppearance(false);
  return (
    <Toaster
      theme={scheme}
      position="bottom-right"
      mobileOffset={{ bottom: 84 }}
      closeButton
      toastOptions={{ className: 'font-sans' }}
    />
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <AppToaster />
    </QueryClientProvider>
  );
}
